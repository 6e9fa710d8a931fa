// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import { loadConfig } from '../../../src/server/config.ts';

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'passerelle-server-'));
  const staticDir = path.join(root, 'dist');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Passerelle</title>');
  writeFileSync(path.join(staticDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(staticDir, 'manifest.webmanifest'), '{"name":"Passerelle"}');
  writeFileSync(path.join(staticDir, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  app = await buildApp(
    loadConfig({ DATA_DIR: path.join(root, 'data'), STATIC_DIR: staticDir, LOG_LEVEL: 'silent' }, root),
  );
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await app.close();
});

describe('production server over HTTP', () => {
  it('answers the health check', async () => {
    const response = await fetch(`${base}/api/v1/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: expect.any(String) });
  });

  it('sends the security headers on every response', async () => {
    for (const url of ['/', '/api/v1/health', '/api/v1/missing']) {
      const response = await fetch(`${base}${url}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('permissions-policy')).toContain('geolocation=(self)');
    }
  });

  it('revalidates the shell, the service worker and the manifest, and caches hashed assets forever', async () => {
    for (const url of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      expect((await fetch(`${base}${url}`)).headers.get('cache-control'), url).toBe('no-cache');
    }
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('compresses what it sends when the client accepts it', async () => {
    const response = await fetch(`${base}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-encoding')).toBe('br');
  });

  it('serves the app shell for any deep link (history fallback)', async () => {
    const response = await fetch(`${base}/settings?x=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Passerelle</title>');
  });

  it('answers an unknown API path or a missing asset with a JSON 404, not the shell', async () => {
    const api = await fetch(`${base}/api/v1/nothing`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: 'not_found' });
    expect((await fetch(`${base}/assets/gone-123.js`)).status).toBe(404);
  });

  it('answers a malformed request body with a 400 JSON error and no stack trace', async () => {
    const response = await fetch(`${base}/api/v1/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = await response.text();
    expect(body).not.toMatch(/at .*\.ts:\d+/);
    expect(JSON.parse(body)).toHaveProperty('error');
  });
});

describe('configuration', () => {
  it('uses safe defaults', () => {
    const config = loadConfig({}, '/srv/passerelle');
    expect(config).toMatchObject({ port: 8080, dataDir: '/srv/passerelle/data', staticDir: '/srv/passerelle/dist' });
  });

  it('stops on a bad value with one line that names it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid configuration — PORT: .*$/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
