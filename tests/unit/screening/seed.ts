/** Seeds the device tables the way sync would, with the shipped pack (component tests). */
import { guidesPack } from '../../../src/content/screening/pack.ts';
import { db } from '../../../src/lib/db.ts';
import { DEFAULT_SETTINGS } from '../../../src/lib/settings.ts';
import type { RecordKind } from '../../../src/shared/records.ts';

export async function seedGuidesPack(version = 1): Promise<void> {
  for (const record of guidesPack().records) {
    await db.published(record.kind as RecordKind).put({ id: record.id, version, data: record.data });
  }
}

/** An empty device that went through the first-run set-up as an intervenor's own device. */
export async function clearDevice(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.settings.put({ key: 'device', value: { ...DEFAULT_SETTINGS, isSetUp: true } });
}
