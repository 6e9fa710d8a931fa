import { RECORD_KINDS } from '../../../src/shared/records.ts';
// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '../../../src/server/storage/sqlite.ts';
import type { ContentPack } from '../../../src/shared/content-pack.ts';
import { pullResponseSchema, statusResponseSchema } from '../../../src/shared/protocol.ts';
import { runContentCli } from '../../helpers/content-cli.ts';
import { directoryPack, locationRecord, organizationRecord, pack, serviceRecord, uuidFrom } from '../../helpers/directory-records.ts';
import { startTestServer, type TestServer } from '../../helpers/test-server.ts';

let server: TestServer;
let folder: string;

beforeEach(async () => {
  server = await startTestServer();
  folder = mkdtempSync(path.join(tmpdir(), 'passerelle-packs-'));
});

afterEach(async () => {
  await server.close();
});

function writePack(name: string, content: unknown): string {
  const file = path.join(folder, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function status() {
  return statusResponseSchema.parse(await (await fetch(`${server.base}/api/v1/status`)).json());
}

const org = uuidFrom('b', 0);

describe('content import (npm run content -- import)', () => {
  it('imports a valid pack while the server runs, and devices see it at their next pull', async () => {
    const file = writePack('demo.json', directoryPack('demo', 3, 'b'));
    const result = await runContentCli(['import', file], server.dataDir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Imported demo@1: 4 created, 0 updated, 0 deleted, 0 unchanged. Content version 4.');
    expect(await status()).toMatchObject({ contentVersion: 4, counts: { organization: 1, service: 3, location: 0 } });
    const page = pullResponseSchema.parse(await (await fetch(`${server.base}/api/v1/pull`)).json());
    expect(page.changes).toHaveLength(4);
  });

  it('refuses a pack with one bad record, imports nothing, and names the file, the record and the field', async () => {
    const bad = serviceRecord(uuidFrom('b', 2), org);
    bad.data = { ...(bad.data as object), phones: [{ number: '514-555-0101', type: 'voice' }] };
    const file = writePack('services.json', pack('services', [organizationRecord(org), serviceRecord(uuidFrom('b', 1), org), bad]));
    const result = await runContentCli(['import', file], server.dataDir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was changed');
    expect(result.stderr).toContain(`${file}: record ${uuidFrom('b', 2)} (service), field data.phones.0.number: digits only, 3 to 15 of them`);
    expect(await status()).toMatchObject({ contentVersion: 0, counts: { organization: 0, service: 0 } });
  });

  it('refuses duplicate ids inside a pack and across the files of one import', async () => {
    const twice = writePack('one/twice.json', pack('twice', [organizationRecord(org), organizationRecord(org, 'Encore')]));
    const inOne = await runContentCli(['import', twice], server.dataDir);
    expect(inOne.code).toBe(1);
    expect(inOne.stderr).toContain(`${twice}: record ${org} (organization): duplicate id: also record ${org} (organization) in ${twice}`);

    const first = writePack('two/a.json', pack('a', [organizationRecord(org)]));
    const second = writePack('two/b.json', pack('b', [serviceRecord(uuidFrom('b', 1), org), organizationRecord(org)]));
    const across = await runContentCli(['import', path.dirname(first)], server.dataDir);
    expect(across.code).toBe(1);
    expect(across.stderr).toContain(`${second}: record ${org} (organization): duplicate id: also record ${org} (organization) in ${first}`);
    expect((await status()).contentVersion).toBe(0);
  });

  it('refuses a record of an unknown kind', async () => {
    const id = uuidFrom('b', 7);
    const file = writePack('faq.json', pack('faq', [{ ...organizationRecord(org) }, { kind: 'faq' as never, id, deleted: false, data: {} }]));
    const result = await runContentCli(['import', file], server.dataDir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: record ${id} (faq), field kind: unknown kind "faq" (known kinds: ${RECORD_KINDS.join(', ')})`);
    expect((await status()).contentVersion).toBe(0);
  });

  it('refuses a file that is not JSON, and a pack whose manifest is incomplete', async () => {
    const broken = writePack('broken.json', '{"manifest": ');
    const noSource = writePack('nosource.json', { manifest: { name: 'x1', version: '1', created: '2026-11-26T12:00:00Z' }, records: [] });
    const notJson = await runContentCli(['import', broken], server.dataDir);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain(`${broken}: not readable as JSON`);
    const manifest = await runContentCli(['import', noSource], server.dataDir);
    expect(manifest.code).toBe(1);
    expect(manifest.stderr).toContain(`${noSource}: field manifest.source:`);
  });

  it('explains its usage and exits with 2 on a wrong command', async () => {
    const result = await runContentCli(['publish'], server.dataDir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run content -- import <pack.json|folder>');
  });

  it('waits for another writer holding the database, then numbers its changes after that writer\'s', async () => {
    // Another process's write transaction (the server, another import) holds SQLite's
    // write lock while the CLI starts; the CLI must wait, then read the counter afresh.
    const other = new Database(path.join(server.dataDir, SQLITE_FILE_NAME), { timeout: 10_000 });
    other.exec('begin immediate');
    const cli = runContentCli(['import', writePack('c.json', directoryPack('pack-c', 40, 'c'))], server.dataDir);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    other
      .prepare("insert into records (id, kind, version, deleted, data, updated_at, updated_by, source) values (?, 'organization', 1, 0, ?, ?, 'other', 'other')")
      .run(uuidFrom('d', 0), JSON.stringify(organizationRecord(uuidFrom('d', 0)).data), new Date().toISOString());
    other.exec('update sync_state set last_version = 1; commit');
    other.close();
    const result = await cli;
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const page = pullResponseSchema.parse(await (await fetch(`${server.base}/api/v1/pull?limit=1000`)).json());
    expect(page.changes.map((change) => change.version)).toEqual(Array.from({ length: 42 }, (_, index) => index + 1));
    expect(page.changes[0]?.id).toBe(uuidFrom('d', 0));
  });
});

describe('content export (npm run content -- export)', () => {
  it('writes one pack per kind that imports into an empty server as the same content', async () => {
    const original: ContentPack = pack('mixed', [
      organizationRecord(org),
      serviceRecord(uuidFrom('b', 1), org, 'Écoute', [uuidFrom('b', 2)]),
      locationRecord(uuidFrom('b', 2), org, 'confidential'),
    ]);
    expect((await runContentCli(['import', writePack('mixed.json', original)], server.dataDir)).code).toBe(0);
    const out = path.join(folder, 'export');
    const exported = await runContentCli(['export', out], server.dataDir);
    expect(exported.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['location.json', 'organization.json', 'service.json']);
    const locations = JSON.parse(readFileSync(path.join(out, 'location.json'), 'utf8')) as ContentPack;
    expect(locations.manifest).toMatchObject({ name: 'export-location', version: '3' });
    expect(locations.records[0]?.data).not.toHaveProperty('address');

    const fresh = await startTestServer();
    try {
      expect((await runContentCli(['import', out], fresh.dataDir)).code).toBe(0);
      const pulled = async (base: string) =>
        pullResponseSchema
          .parse(await (await fetch(`${base}/api/v1/pull`)).json())
          .changes.map(({ kind, id, data }) => ({ kind, id, data }))
          .sort((a, b) => a.id.localeCompare(b.id));
      expect(await pulled(fresh.base)).toEqual(await pulled(server.base));
    } finally {
      await fresh.close();
    }
  });
});

describe('default packs', () => {
  it('fill an empty database on first start, and only then', async () => {
    const first = await startTestServer({ defaultPacks: () => [directoryPack('demo', 2, 'e')] });
    await first.close();
    const again = await startTestServer({ dataDir: first.dataDir, defaultPacks: () => [directoryPack('demo', 5, 'f')] });
    try {
      const body = statusResponseSchema.parse(await (await fetch(`${again.base}/api/v1/status`)).json());
      expect(body.counts).toMatchObject({ organization: 1, service: 2 });
    } finally {
      await again.close();
    }
  });

  it('stop the server with a clear error when one is invalid', async () => {
    const broken = pack('broken', [{ ...organizationRecord(org), data: { name: { fr: 'Sans le reste' } } }]);
    await expect(startTestServer({ defaultPacks: () => [broken] })).rejects.toThrow(
      `default pack "broken": record ${org} (organization), field data.description:`,
    );
  });
});
