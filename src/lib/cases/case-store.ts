/**
 * Referral cases on this device: create, read, save, lock, unlock, renew, delete, purge.
 * Every write of one case goes through a queue, so quick edits land in order. A wrong
 * passphrase throws before anything is written (SAFETY.md rule 3).
 */
import { type CaseRow, db } from '../db.ts';
import { decryptJson, decryptJsonWithKey, encryptJson, newRecordKey } from '../crypto/passphrase-cipher.ts';
import { loadSettings } from '../settings.ts';
import { type CaseData, caseDataSchema, type CasePayload, casePayloadSchema, emptyCase } from './case-schema.ts';
import { forgetKey, keyFor, rememberKey } from './case-session.ts';
import { expiryFrom, loadCaseSettings } from './case-settings.ts';

export class CasesNotAllowedError extends Error {
  constructor() {
    super('Cases are turned off on this device.');
    this.name = 'CasesNotAllowedError';
  }
}

export class CaseLockedError extends Error {
  constructor() {
    super('This case is locked: unlock it with its passphrase first.');
    this.name = 'CaseLockedError';
  }
}

export class CaseNotFoundError extends Error {
  constructor() {
    super('This case no longer exists on this device.');
    this.name = 'CaseNotFoundError';
  }
}

interface RowInfo {
  id: string;
  updatedAt: string;
  expiresAt: string;
}

export type CaseState =
  | { status: 'missing' }
  | ({ status: 'locked' } & RowInfo)
  | ({ status: 'unreadable' } & RowInfo)
  | ({ status: 'open'; data: CaseData; isLocked: boolean } & RowInfo);

const queues = new Map<string, Promise<unknown>>();

function enqueue<T>(id: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(id) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(task);
  queues.set(id, next);
  void next.finally(() => {
    if (queues.get(id) === next) queues.delete(id);
  }).catch(() => undefined);
  return next;
}

/** What a stored row holds, for this tab (decrypted when its key is remembered). */
export async function readCaseRow(row: CaseRow | undefined, now: Date): Promise<CaseState> {
  if (!row || Date.parse(row.expiresAt) <= now.getTime()) return { status: 'missing' };
  const info = { id: row.id, updatedAt: row.updatedAt, expiresAt: row.expiresAt };
  const payload = casePayloadSchema.safeParse(row.payload);
  if (!payload.success) return { status: 'unreadable', ...info };
  if (payload.data.state === 'open') return { status: 'open', data: payload.data.data, isLocked: false, ...info };
  const recordKey = keyFor(row.id);
  if (!recordKey) return { status: 'locked', ...info };
  try {
    const data = caseDataSchema.parse(await decryptJsonWithKey(payload.data.envelope, recordKey, row.id));
    return { status: 'open', data, isLocked: true, ...info };
  } catch {
    forgetKey(row.id);
    return { status: 'locked', ...info };
  }
}

export async function readCase(id: string, now = new Date()): Promise<CaseState> {
  return readCaseRow(await db.cases.get(id), now);
}

/** Creates a case; refused when cases are turned off on this device. Returns its id. */
export async function createCase(
  input: { code: string } & Partial<Omit<CaseData, 'schemaVersion' | 'code' | 'createdAt'>>,
  now = new Date(),
): Promise<string> {
  if (!(await loadSettings()).areCasesAllowed) throw new CasesNotAllowedError();
  const { retentionDays } = await loadCaseSettings();
  const { code, ...rest } = input;
  const data = caseDataSchema.parse({ ...emptyCase(code, now), ...rest });
  const id = crypto.randomUUID();
  const payload: CasePayload = { state: 'open', data };
  await db.cases.add({ id, updatedAt: now.toISOString(), expiresAt: expiryFrom(now, retentionDays), payload });
  return id;
}

async function writeData(id: string, data: CaseData, now: Date): Promise<void> {
  const valid = caseDataSchema.parse(data);
  const row = await db.cases.get(id);
  if (!row) throw new CaseNotFoundError();
  const payload = casePayloadSchema.parse(row.payload);
  let next: CasePayload = { state: 'open', data: valid };
  if (payload.state === 'locked') {
    const recordKey = keyFor(id);
    if (!recordKey) throw new CaseLockedError();
    next = { state: 'locked', envelope: await encryptJson(valid, recordKey, id) };
  }
  await db.cases.update(id, { payload: next, updatedAt: now.toISOString() });
}

/** Replaces a case's data (encrypted again if the case is locked and open in this tab). */
export function saveCaseData(id: string, data: CaseData, now = new Date()): Promise<void> {
  return enqueue(id, () => writeData(id, data, now));
}

/** Reads, changes and saves a case in one queued step. */
export function updateCaseData(id: string, change: (data: CaseData) => CaseData, now = new Date()): Promise<void> {
  return enqueue(id, async () => {
    const state = await readCase(id, now);
    if (state.status === 'locked') throw new CaseLockedError();
    if (state.status !== 'open') throw new CaseNotFoundError();
    await writeData(id, change(state.data), now);
  });
}

/** Encrypts an open case with `passphrase` (new salt); it stays open in this tab. */
export function lockCase(id: string, passphrase: string, now = new Date()): Promise<void> {
  return enqueue(id, async () => {
    const state = await readCase(id, now);
    if (state.status !== 'open' || state.isLocked) throw new Error('Only an unlocked case can be locked.');
    const recordKey = await newRecordKey(passphrase);
    const envelope = await encryptJson(state.data, recordKey, id);
    await db.cases.update(id, { payload: { state: 'locked', envelope }, updatedAt: now.toISOString() });
    rememberKey(id, recordKey);
  });
}

/** Opens a locked case in this tab. Throws `WrongPassphraseError`; writes nothing either way. */
export async function unlockCase(id: string, passphrase: string): Promise<void> {
  const row = await db.cases.get(id);
  if (!row) throw new CaseNotFoundError();
  const payload = casePayloadSchema.parse(row.payload);
  if (payload.state !== 'locked') return;
  const { value, recordKey } = await decryptJson(payload.envelope, passphrase, id);
  caseDataSchema.parse(value);
  rememberKey(id, recordKey);
}

/** Tries `passphrase` on every locked case not yet open; returns how many it opened. */
export async function unlockAllCases(passphrase: string, now = new Date()): Promise<{ opened: number; locked: number }> {
  const rows = await db.cases.where('expiresAt').above(now.toISOString()).toArray();
  const locked = rows.filter((row) => casePayloadSchema.safeParse(row.payload).data?.state === 'locked' && !keyFor(row.id));
  let opened = 0;
  for (const row of locked) {
    try {
      await unlockCase(row.id, passphrase);
      opened += 1;
    } catch {
      // Another passphrase, or a damaged row: it stays locked.
    }
  }
  return { opened, locked: locked.length };
}

/** Stores a case in clear again (it must be open in this tab). */
export function removeLock(id: string, now = new Date()): Promise<void> {
  return enqueue(id, async () => {
    const state = await readCase(id, now);
    if (state.status !== 'open') throw new CaseLockedError();
    await db.cases.update(id, { payload: { state: 'open', data: state.data }, updatedAt: now.toISOString() });
    forgetKey(id);
  });
}

/** Keeps a case for another full retention period from now. */
export async function renewCase(id: string, now = new Date()): Promise<void> {
  const { retentionDays } = await loadCaseSettings();
  await db.cases.update(id, { expiresAt: expiryFrom(now, retentionDays) });
}

export async function deleteCase(id: string): Promise<void> {
  await enqueue(id, () => db.cases.delete(id));
  forgetKey(id);
}

export { purgeExpiredCases } from './purge.ts';
