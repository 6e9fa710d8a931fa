/** Seeds the device tables the way sync would, with the shipped pack (component tests), and walks the screening's first steps. */
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
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

/** Answers the screening's first two gates: she is alone, no interpreter. Ends on the consent question. */
export async function passAloneAndInterpreterGates(user: UserEvent): Promise<void> {
  await user.click(within(screen.getByRole('group', { name: /Elle est seule avec vous/ })).getByRole('radio', { name: 'Oui' }));
  await user.click(screen.getByRole('button', { name: 'Suivant' }));
  await user.click(screen.getByRole('radio', { name: /Pas nécessaire/ }));
  await user.click(screen.getByRole('button', { name: 'Suivant' }));
}

/** Answers the screening's gate questions: alone, no interpreter, consent. Ends on the first question about home. */
export async function passScreeningGates(user: UserEvent): Promise<void> {
  await passAloneAndInterpreterGates(user);
  await user.click(within(screen.getByRole('group', { name: /accepte de parler/ })).getByRole('radio', { name: 'Oui' }));
  await user.click(screen.getByRole('button', { name: 'Suivant' }));
}
