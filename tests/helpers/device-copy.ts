/** Side-by-side views of the server's content and a device's copy, for equality checks. */
import type { PasserelleDatabase } from '../../src/lib/db.ts';
import { pullResponseSchema } from '../../src/shared/protocol.ts';
import { validateRecordData } from '../../src/shared/record-schemas.ts';
import { RECORD_KINDS, type RecordKind } from '../../src/shared/records.ts';

export type Copy = Record<RecordKind, { id: string; version: number; data: unknown }[]>;

function emptyCopy(): Copy {
  return Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as Copy;
}

function sorted(copy: Copy): Copy {
  for (const kind of RECORD_KINDS) copy[kind].sort((a, b) => a.id.localeCompare(b.id));
  return copy;
}

export async function deviceCopy(database: PasserelleDatabase): Promise<Copy> {
  const copy = emptyCopy();
  for (const kind of RECORD_KINDS) {
    copy[kind] = (await database.published(kind).toArray()).map(({ id, version, data }) => ({ id, version, data }));
  }
  return sorted(copy);
}

/** Everything the server publishes now, read straight from it (not through a proxy). */
export async function serverCopy(base: string): Promise<Copy> {
  const copy = emptyCopy();
  let cursor = '';
  for (;;) {
    const page = pullResponseSchema.parse(await (await fetch(`${base}/api/v1/pull?limit=1000${cursor}`)).json());
    for (const change of page.changes) {
      if (change.deleted) continue;
      const result = validateRecordData(change.kind, change.data);
      if (!result.success) throw new Error(`the server published an invalid ${change.kind}`);
      copy[change.kind].push({ id: change.id, version: change.version, data: result.data });
    }
    if (!page.hasMore) return sorted(copy);
    cursor = `&cursor=${page.cursor}`;
  }
}

/** Every record version on the device, ascending. */
export async function deviceVersions(database: PasserelleDatabase): Promise<number[]> {
  const copy = await deviceCopy(database);
  return RECORD_KINDS.flatMap((kind) => copy[kind].map((row) => row.version)).sort((a, b) => a - b);
}
