/**
 * `npm run bench:passphrase` (tsx tests/bench/passphrase.ts): how long locking and opening
 * a referral case takes, in Chromium and in Node, at the PBKDF2 iteration counts we
 * consider (310,000 is the floor; 600,000 is what Passerelle uses). Prints a table;
 * asserts nothing about time.
 */
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { PBKDF2_ITERATIONS } from '../../src/lib/crypto/passphrase-cipher.ts';

const ITERATIONS = [310_000, PBKDF2_ITERATIONS];
const RUNS = 5;
/** About the size of a case with a screening, two checklists and notes. */
const PAYLOAD_BYTES = 24_000;

async function measure(iterations: number, runs: number, payloadBytes: number): Promise<{ derive: number; encrypt: number; decrypt: number }> {
  const subtle = globalThis.crypto.subtle;
  const encoder = new TextEncoder();
  const payload = encoder.encode('x'.repeat(payloadBytes));
  const times = { derive: [] as number[], encrypt: [] as number[], decrypt: [] as number[] };
  for (let run = 0; run < runs; run += 1) {
    const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
    let start = performance.now();
    const material = await subtle.importKey('raw', encoder.encode('une phrase de passe de test'), 'PBKDF2', false, ['deriveKey']);
    const key = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    times.derive.push(performance.now() - start);
    start = performance.now();
    const sealed = await subtle.encrypt({ name: 'AES-GCM', iv }, key, payload);
    times.encrypt.push(performance.now() - start);
    start = performance.now();
    await subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed);
    times.decrypt.push(performance.now() - start);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { derive: median(times.derive), encrypt: median(times.encrypt), decrypt: median(times.decrypt) };
}

async function main(): Promise<void> {
  // WebCrypto needs a secure context: a page served from localhost is one.
  const server = createServer((_request, response) => response.end('<!doctype html><title>bench</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  await page.goto(`http://localhost:${port}/`);
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name = (target) => target');

  const rows: string[] = [];
  for (const iterations of ITERATIONS) {
    const inBrowser = await page.evaluate(
      // Serialised into the page: the same measure() body runs in Chromium.
      new Function('args', `return (${measure.toString()})(args.iterations, args.runs, args.bytes);`) as (args: {
        iterations: number;
        runs: number;
        bytes: number;
      }) => Promise<{ derive: number; encrypt: number; decrypt: number }>,
      { iterations, runs: RUNS, bytes: PAYLOAD_BYTES },
    );
    const inNode = await measure(iterations, RUNS, PAYLOAD_BYTES);
    for (const [where, result] of [
      ['chromium', inBrowser],
      ['node', inNode],
    ] as const) {
      rows.push(
        `| ${where.padEnd(8)} | ${String(iterations).padStart(10)} | ${result.derive.toFixed(0).padStart(13)} | ${result.encrypt.toFixed(2).padStart(10)} | ${result.decrypt.toFixed(2).padStart(10)} |`,
      );
    }
  }
  await browser.close();
  server.close();

  console.log(`Passphrase lock of a ${PAYLOAD_BYTES / 1000} kB case, median of ${RUNS} runs (ms); opening one case = derive + decrypt.`);
  console.log('| runtime  | iterations | derive key ms | encrypt ms | decrypt ms |');
  console.log('|----------|-----------:|--------------:|-----------:|-----------:|');
  for (const row of rows) console.log(row);
}

await main();
