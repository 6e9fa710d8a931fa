import { RECORD_KINDS } from '../../../src/shared/records.ts';
// @vitest-environment node
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importPacks } from '../../../src/server/content-packs.ts';
import { apiErrorSchema } from '../../../src/shared/api.ts';
import type { ContentPack } from '../../../src/shared/content-pack.ts';
import { pullResponseSchema, statusResponseSchema, type PullResponse } from '../../../src/shared/protocol.ts';
import { deletion, directoryPack, pack, serviceRecord, uuidFrom } from '../../helpers/directory-records.ts';
import { startTestServer, type TestServer } from '../../helpers/test-server.ts';

let server: TestServer;

afterEach(async () => {
  await server.close();
});

async function pull(query: string, headers: Record<string, string> = {}): Promise<{ status: number; body: PullResponse; response: Response }> {
  const response = await fetch(`${server.base}/api/v1/pull${query}`, { headers });
  const body = response.status === 200 ? pullResponseSchema.parse(await response.json()) : (undefined as never);
  return { status: response.status, body, response };
}

async function pullAll(limit: number, cursor?: string): Promise<{ pages: PullResponse[]; cursor: string }> {
  const pages: PullResponse[] = [];
  let next = cursor;
  for (;;) {
    const { body } = await pull(`?limit=${limit}${next ? `&cursor=${encodeURIComponent(next)}` : ''}`);
    pages.push(body);
    next = body.cursor;
    if (!body.hasMore) return { pages, cursor: next };
  }
}

async function publish(...packs: ContentPack[]) {
  return importPacks(
    server.app.contentStore,
    packs.map((content, index) => ({ file: `pack-${index}.json`, content })),
    'test',
  );
}

describe('GET /api/v1/pull', () => {
  it('delivers every record once, in version order, page by page', async () => {
    server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 24)] });
    const { pages } = await pullAll(10);
    expect(pages.map((page) => [page.changes.length, page.hasMore])).toEqual([
      [10, true],
      [10, true],
      [5, false],
    ]);
    const versions = pages.flatMap((page) => page.changes.map((change) => change.version));
    expect(versions).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    expect(new Set(pages.flatMap((page) => page.changes.map((change) => change.id))).size).toBe(25);
  });

  it('sends only what changed after a cursor, deletions included', async () => {
    server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 5)] });
    const { cursor } = await pullAll(500);
    const org = uuidFrom('a', 0);
    await publish(pack('edit', [serviceRecord(uuidFrom('a', 2), org, 'Renommé'), deletion('service', uuidFrom('a', 3))]));
    const { body } = await pull(`?cursor=${cursor}`);
    expect(body.changes.map((change) => [change.id, change.version, change.deleted])).toEqual([
      [uuidFrom('a', 2), 7, false],
      [uuidFrom('a', 3), 8, true],
    ]);
    expect(body.changes[1]?.data).toBeNull();
    expect(body.hasMore).toBe(false);
  });

  it('answers 304 without a body when the device is up to date, and 200 once something changes', async () => {
    server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 3)] });
    const { cursor } = await pullAll(500);
    const first = await pull(`?cursor=${cursor}`);
    expect(first.body.changes).toEqual([]);
    const etag = first.response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await pull(`?cursor=${cursor}`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.response.text()).toBe('');
    await publish(pack('edit', [serviceRecord(uuidFrom('a', 1), uuidFrom('a', 0), 'Changé')]));
    const changed = await pull(`?cursor=${cursor}`, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body.changes).toHaveLength(1);
  });

  it('makes the first check after a delta a 304: the tag of the page that brings a device up to date stands for its next cursor', async () => {
    server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 3)] });
    const { cursor } = await pullAll(500);
    await publish(pack('edit', [serviceRecord(uuidFrom('a', 1), uuidFrom('a', 0), 'Changé')]));
    const delta = await pull(`?cursor=${cursor}`);
    expect(delta.body.changes).toHaveLength(1);
    expect(delta.body.hasMore).toBe(false);
    const etag = delta.response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    const check = await pull(`?cursor=${delta.body.cursor}`, { 'if-none-match': etag });
    expect(check.status).toBe(304);
    expect(await check.response.text()).toBe('');
  });

  it('sends no tag with a page that leaves more to come, and never says 304 to a cursor that is behind', async () => {
    server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 4)] });
    const first = await pull('?limit=2');
    expect(first.body.hasMore).toBe(true);
    expect(first.response.headers.get('etag')).toBeNull();
    const { pages } = await pullAll(2, first.body.cursor);
    const last = await pull(`?limit=2&cursor=${first.body.cursor}`);
    expect(pages.at(-1)?.hasMore).toBe(false);
    // The up-to-date tag, replayed with a cursor that is behind, still gets the changes.
    const upToDate = (await pull(`?cursor=${pages.at(-1)?.cursor ?? ''}`)).response.headers.get('etag') ?? '';
    expect(upToDate).toMatch(/^W\/".+"$/);
    const behind = await pull(`?limit=2&cursor=${first.body.cursor}`, { 'if-none-match': upToDate });
    expect(behind.status).toBe(200);
    expect(behind.body.changes).toEqual(last.body.changes);
  });

  it('compresses a page with brotli or gzip, as the device asks', async () => {
    server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 600)] });
    for (const encoding of ['br', 'gzip']) {
      const response = await fetch(`${server.base}/api/v1/pull?limit=500`, { headers: { 'accept-encoding': encoding } });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(pullResponseSchema.parse(await response.json()).changes).toHaveLength(500);
    }
  });

  it('tells a device that missed a compacted deletion to start over, with the first page', async () => {
    server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 6)] });
    const { cursor: old } = await pullAll(500);
    await publish(pack('edit', [deletion('service', uuidFrom('a', 1))]));
    await server.app.contentStore.compactTombstones(new Date(Date.now() + 60_000));
    const { body } = await pull(`?cursor=${old}&limit=4`);
    expect(body.reset).toBe(true);
    expect(body.changes.map((change) => change.version)).toEqual([1, 3, 4, 5]);
    // The rest of that fresh start continues normally, without another reset.
    const { pages } = await pullAll(4, body.cursor);
    expect(pages.every((page) => page.reset === undefined)).toBe(true);
    expect(pages.flatMap((page) => page.changes.map((change) => change.version))).toEqual([6, 7]);
  });

  it('does not send a device that started after a compaction back to the start', async () => {
    server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 6)] });
    await publish(pack('edit', [deletion('service', uuidFrom('a', 6))]));
    await server.app.contentStore.compactTombstones(new Date(Date.now() + 60_000));
    const { pages } = await pullAll(2);
    expect(pages.some((page) => page.reset)).toBe(false);
    expect(pages.flatMap((page) => page.changes).map((change) => change.version)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([
    ['a cursor that is not one', '?cursor=12'],
    ['a forged cursor', '?cursor=MToxOjA.AAAAAAAAAAAAAAAAAAAAAA'],
    ['a cursor far too long', `?cursor=${'a'.repeat(300)}`],
    ['a limit of zero', '?limit=0'],
    ['a limit above the maximum', '?limit=1001'],
    ['a limit that is not a number', '?limit=ten'],
    ['an unknown parameter', '?since=5'],
    ['a repeated parameter', '?limit=5&limit=6'],
  ])('refuses %s with a 400 JSON error', async (_label, query) => {
    server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 2)] });
    const response = await fetch(`${server.base}/api/v1/pull${query}`);
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json()).error).toMatch(/^invalid_/);
  });

  it('refuses a cursor issued by another server, or one ahead of this server, with invalid_cursor', async () => {
    const other = await startTestServer({ defaultPacks: () => [directoryPack('other', 2)] });
    const { body: foreign } = await fetch(`${other.base}/api/v1/pull`).then(async (response) => ({ body: pullResponseSchema.parse(await response.json()) }));
    await other.close();

    // A server restored from an older copy of its data folder: same secret, less content.
    server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 2)] });
    const olderCopy = path.join(mkdtempSync(path.join(tmpdir(), 'passerelle-copy-')), 'data');
    await server.close();
    cpSync(server.dataDir, olderCopy, { recursive: true });
    server = await startTestServer({ dataDir: server.dataDir });
    await publish(pack('more', [serviceRecord(uuidFrom('a', 9), uuidFrom('a', 0))]));
    const { cursor: ahead } = await pullAll(500);
    await server.close();
    server = await startTestServer({ dataDir: olderCopy });

    for (const cursor of [foreign.cursor, ahead]) {
      const response = await fetch(`${server.base}/api/v1/pull?cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(apiErrorSchema.parse(await response.json()).error).toBe('invalid_cursor');
    }
  });
});

describe('GET /api/v1/status', () => {
  it('gives the server version, the content version and live records per kind', async () => {
    server = await startTestServer({ defaultPacks: () => [directoryPack('demo', 4)] });
    await publish(pack('edit', [deletion('service', uuidFrom('a', 4))]));
    const response = await fetch(`${server.base}/api/v1/status`);
    expect(statusResponseSchema.parse(await response.json())).toEqual({
      serverVersion: expect.any(String),
      contentVersion: 6,
      counts: { ...Object.fromEntries(RECORD_KINDS.map((kind) => [kind, 0])), organization: 1, service: 3 },
    });
  });

  it('refuses an unknown parameter with a 400', async () => {
    server = await startTestServer();
    const response = await fetch(`${server.base}/api/v1/status?verbose=1`);
    expect(response.status).toBe(400);
  });
});
