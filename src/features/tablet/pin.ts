/**
 * The organisation PIN of a shared tablet: checked for strength, stored only as a salted
 * PBKDF2-SHA-256 hash (SAFETY.md rule 8). A 6-digit PIN has a small key space, so the hash
 * alone does not protect it from someone who copies the database: the on-device rate
 * limit (rate-limit.ts) is what stops guessing at the screen.
 */
import type { PinHash } from '../../lib/tablet.ts';

export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; about half a second on a modest tablet. */
export const PIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export type PinProblem = 'notDigits' | 'tooShort' | 'tooLong' | 'tooSimple';

/** Why `pin` is refused, or null when it is acceptable. */
export function checkPin(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'notDigits';
  if (pin.length < PIN_MIN_LENGTH) return 'tooShort';
  if (pin.length > PIN_MAX_LENGTH) return 'tooLong';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((digit, index) => digit - (digits[index] ?? 0)));
  const [step] = steps;
  // One repeated digit (111111) or a straight run (123456, 987654): the first PINs anyone tries.
  if (steps.size === 1 && step !== undefined && Math.abs(step) <= 1) return 'tooSimple';
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** Hashes `pin` with a fresh random salt. `iterations` is lowered only by tests. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** True when `pin` matches `stored`. Compares every byte, whatever the first difference. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  let difference = expected.length ^ actual.length;
  for (let index = 0; index < expected.length; index += 1) difference |= (expected[index] ?? 0) ^ (actual[index] ?? 0);
  return difference === 0;
}

/** Why a new PIN and its confirmation are refused, or null. */
export function checkNewPin(pin: string, confirmation: string): PinProblem | 'mismatch' | null {
  return checkPin(pin) ?? (pin === confirmation ? null : 'mismatch');
}
