/**
 * How long cases are kept on this device (SAFETY.md rule 3: data minimisation). Stored
 * under its own settings key, next to the device settings, read through zod.
 */
import { z } from 'zod';
import { db, useLiveQuery } from '../db.ts';

const KEY = 'cases';
export const RETENTION_CHOICES = [30, 60, 90, 180] as const;

export const caseSettingsSchema = z.object({
  /** Days a case is kept after it is created or renewed; then it is deleted. */
  retentionDays: z.union(RETENTION_CHOICES.map((days) => z.literal(days))),
  /** Days before expiry from which the case shows a warning. */
  warningDays: z.number().int().min(1).max(60),
});
export type CaseSettings = z.infer<typeof caseSettingsSchema>;

export const DEFAULT_CASE_SETTINGS: CaseSettings = { retentionDays: 90, warningDays: 14 };

export async function loadCaseSettings(): Promise<CaseSettings> {
  const row = await db.settings.get(KEY);
  const parsed = caseSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_CASE_SETTINGS;
}

export async function updateCaseSettings(patch: Partial<CaseSettings>): Promise<CaseSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = caseSettingsSchema.parse({ ...(await loadCaseSettings()), ...patch });
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}

export function useCaseSettings(): CaseSettings {
  return useLiveQuery(loadCaseSettings, [], DEFAULT_CASE_SETTINGS);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a case created or renewed at `from` expires. */
export function expiryFrom(from: Date, retentionDays: number): string {
  return new Date(from.getTime() + retentionDays * DAY_MS).toISOString();
}

/** Whole days left before `expiresAt` (0 on the last day; negative once past). */
export function daysLeft(expiresAt: string, now: Date): number {
  return Math.floor((Date.parse(expiresAt) - now.getTime()) / DAY_MS);
}
