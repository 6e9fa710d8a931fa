/**
 * Passphrase encryption of records on the device (SAFETY.md rule 3): AES-GCM 256 with a
 * key derived by PBKDF2-SHA-256 from the passphrase, a random salt per record and a random
 * IV per encryption. The iteration count travels with each record so that it can be raised
 * later without locking anyone out of older records.
 *
 * A wrong passphrase and a tampered record look the same to AES-GCM (the tag does not
 * match): both throw `WrongPassphraseError`, and nothing is written by this module.
 */
import { z } from 'zod';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; the floor we accept is 310,000. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PBKDF2_ITERATIONS = 310_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export const encryptedEnvelopeSchema = z.object({
  format: z.literal('aes-gcm-pbkdf2-sha256/1'),
  iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(10_000_000),
  salt: z.base64(),
  iv: z.base64(),
  ciphertext: z.base64(),
});
export type EncryptedEnvelope = z.infer<typeof encryptedEnvelopeSchema>;

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open this record, or the record was altered.');
    this.name = 'WrongPassphraseError';
  }
}

/** A derived key and the parameters it was derived with, kept in memory while a record is open. */
export interface RecordKey {
  key: CryptoKey;
  salt: string;
  iterations: number;
}

function subtle(): SubtleCrypto {
  if (!globalThis.crypto?.subtle) throw new Error('This browser cannot encrypt (WebCrypto is missing or the page is not secure).');
  return globalThis.crypto.subtle;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

const encoder = new TextEncoder();

/** Derives a non-extractable AES-GCM key from `passphrase`. Slow on purpose (≈ PBKDF2 iterations). */
export async function deriveRecordKey(passphrase: string, salt: string, iterations: number): Promise<RecordKey> {
  const material = await subtle().importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  const key = await subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { key, salt, iterations };
}

/** A fresh key with a new random salt, for a record being locked for the first time. */
export function newRecordKey(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<RecordKey> {
  return deriveRecordKey(passphrase, toBase64(globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES))), iterations);
}

/**
 * Encrypts `value` (as JSON) with a new random IV. `context` (the record id) is bound as
 * additional data, so a ciphertext copied onto another record does not open.
 */
export async function encryptJson(value: unknown, recordKey: RecordKey, context: string): Promise<EncryptedEnvelope> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    recordKey.key,
    encoder.encode(JSON.stringify(value)),
  );
  return {
    format: 'aes-gcm-pbkdf2-sha256/1',
    iterations: recordKey.iterations,
    salt: recordKey.salt,
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/** Decrypts with a key already derived for this record's salt. */
export async function decryptJsonWithKey(envelope: EncryptedEnvelope, recordKey: RecordKey, context: string): Promise<unknown> {
  let plaintext: ArrayBuffer;
  try {
    plaintext = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.iv), additionalData: encoder.encode(context) },
      recordKey.key,
      fromBase64(envelope.ciphertext),
    );
  } catch {
    throw new WrongPassphraseError();
  }
  return JSON.parse(new TextDecoder().decode(plaintext));
}

/** Derives the key from `passphrase` and decrypts; returns the value and the key to keep for later writes. */
export async function decryptJson(
  envelope: EncryptedEnvelope,
  passphrase: string,
  context: string,
): Promise<{ value: unknown; recordKey: RecordKey }> {
  const recordKey = await deriveRecordKey(passphrase, envelope.salt, envelope.iterations);
  return { value: await decryptJsonWithKey(envelope, recordKey, context), recordKey };
}
