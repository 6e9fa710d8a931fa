/** Seeds the device tables the way sync would, with the shipped pack (component tests). */
import { guidesPack } from '../../../src/content/screening/pack.ts';
import { db } from '../../../src/lib/db.ts';
import type { RecordKind } from '../../../src/shared/records.ts';

export async function seedGuidesPack(version = 1): Promise<void> {
  for (const record of guidesPack().records) {
    await db.published(record.kind as RecordKind).put({ id: record.id, version, data: record.data });
  }
}

export async function clearDevice(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
}
