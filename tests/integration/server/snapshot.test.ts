// @vitest-environment node
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPacks } from '../../../src/server/content-packs.ts';
import { apiErrorSchema } from '../../../src/shared/api.ts';
import { directoryPack, pack, serviceRecord, uuidFrom } from '../../helpers/directory-records.ts';
import { startTestServer, type TestServer } from '../../helpers/test-server.ts';

let server: TestServer;

beforeAll(async () => {
  // 2,401 records: the snapshot has three lines (1,000, 1,000, 401).
  server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 2400)] });
});

afterAll(async () => {
  await server.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent, before any decoding. */
  wire: Buffer;
}

/** One request with exactly these headers; node's fetch would add and undo encodings. */
function get(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const call = request(`${server.base}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, wire: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end();
  });
}

function lines(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

async function snapshotLines(): Promise<{ etag: string; lines: string[] }> {
  const answer = await get('/api/v1/snapshot', { 'accept-encoding': 'br' });
  expect(answer.status).toBe(200);
  expect(answer.headers['content-encoding']).toBe('br');
  return { etag: String(answer.headers.etag), lines: lines(brotliDecompressSync(answer.wire).toString('utf8')) };
}

/** The pull pages from no cursor, as `GET /api/v1/pull` sends them, text for text. */
async function pullPages(): Promise<string[]> {
  const pages: string[] = [];
  let cursor: string | null = null;
  for (;;) {
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const text = await (await fetch(`${server.base}/api/v1/pull?limit=1000${query}`)).text();
    pages.push(text);
    const page = JSON.parse(text) as { cursor: string; hasMore: boolean };
    if (!page.hasMore) return pages;
    cursor = page.cursor;
  }
}

describe('GET /api/v1/snapshot', () => {
  it('sends the pull pages from no cursor, one per line, exactly as pull sends them', async () => {
    const snapshot = await snapshotLines();
    expect(snapshot.lines).toHaveLength(3);
    expect(snapshot.lines).toEqual(await pullPages());
  });

  it('sends ndjson with an ETag, no-cache, and brotli, gzip or identity as the client accepts', async () => {
    const br = await get('/api/v1/snapshot', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers).toMatchObject({ 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-cache', 'content-encoding': 'br' });
    expect(br.headers.etag).toMatch(/^W\/".+"$/);
    const text = brotliDecompressSync(br.wire).toString('utf8');

    const gzip = await get('/api/v1/snapshot', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.wire).toString('utf8')).toBe(text);

    const identity = await get('/api/v1/snapshot', { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.wire.toString('utf8')).toBe(text);
    // Compressed once, not twice: the brotli bytes decode straight to the lines.
    expect(lines(text).every((line) => line.startsWith('{"changes":['))).toBe(true);
  });

  it('answers 304 to the ETag it sent while nothing changed', async () => {
    const first = await get('/api/v1/snapshot', { 'accept-encoding': 'br' });
    const again = await get('/api/v1/snapshot', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.wire.length).toBe(0);
  });

  it.each(['?limit=10', '?cursor=abc', '?x=1'])('refuses the parameter %s with a 400 naming it', async (query) => {
    const response = await fetch(`${server.base}/api/v1/snapshot${query}`);
    expect(response.status).toBe(400);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error).toBe('invalid_request');
    expect(body.details).toBeDefined();
  });

  it('changes its ETag and its body when content is published, serving the previous one while the new one builds', async () => {
    const before = await snapshotLines();
    const renamed = uuidFrom('a', 3);
    await importPacks(server.app.contentStore, [{ file: 'edit.json', content: pack('edit', [serviceRecord(renamed, uuidFrom('a', 0), 'Renommé')]) }], 'test');
    const builds = server.app.snapshots.builds;
    // Right after the publish: the kept snapshot, at once, and a build started behind it.
    const meanwhile = await snapshotLines();
    expect(meanwhile).toEqual(before);
    expect(server.app.snapshots.builds).toBe(builds + 1);
    await server.app.snapshots.fresh();
    const after = await snapshotLines();
    expect(after.etag).not.toBe(before.etag);
    expect(after.lines).toEqual(await pullPages());
    expect(after.lines.join('\n')).toContain('Renommé');
    expect(before.lines.join('\n')).not.toContain('Renommé');
  });

  it('builds once for concurrent requests, and not again while nothing changes', async () => {
    await importPacks(server.app.contentStore, [{ file: 'edit.json', content: pack('edit', [serviceRecord(uuidFrom('a', 4), uuidFrom('a', 0), 'Encore')]) }], 'test');
    const builds = server.app.snapshots.builds;
    const answers = await Promise.all(Array.from({ length: 5 }, () => get('/api/v1/snapshot', { 'accept-encoding': 'br' })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.wire.toString('base64'))).size).toBe(1);
    expect(server.app.snapshots.builds).toBe(builds + 1);
    await server.app.snapshots.fresh();
    const built = await Promise.all(Array.from({ length: 3 }, () => get('/api/v1/snapshot', { 'accept-encoding': 'br' })));
    expect(brotliDecompressSync(built[0]?.wire ?? Buffer.alloc(0)).toString('utf8')).toContain('Encore');
    expect(server.app.snapshots.builds).toBe(builds + 1);
  });
});
