import { describe, expect, it } from 'vitest';
import {
  decryptJson,
  encryptJson,
  encryptedEnvelopeSchema,
  MIN_PBKDF2_ITERATIONS,
  newRecordKey,
  PBKDF2_ITERATIONS,
  WrongPassphraseError,
} from '../../../src/lib/crypto/passphrase-cipher.ts';

const CASE = { code: 'MTL-0412', notes: 'Rencontre au bureau, jeudi.', followUps: [{ date: '2026-12-03' }] };

function flipOneBit(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
  return btoa(String.fromCharCode(...bytes));
}

describe('passphrase encryption', () => {
  it('derives keys with PBKDF2-SHA-256 at no fewer than 310,000 iterations', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    expect(MIN_PBKDF2_ITERATIONS).toBe(310_000);
  });

  it('round-trips a record and hides its content', async () => {
    const key = await newRecordKey('trois mots au hasard');
    const envelope = await encryptJson(CASE, key, 'case-1');
    expect(encryptedEnvelopeSchema.parse(envelope)).toEqual(envelope);
    expect(JSON.stringify(envelope)).not.toContain('MTL-0412');
    expect(envelope.iterations).toBe(PBKDF2_ITERATIONS);
    const { value } = await decryptJson(envelope, 'trois mots au hasard', 'case-1');
    expect(value).toEqual(CASE);
  });

  it('uses a random salt per record and a random IV per encryption', async () => {
    const first = await newRecordKey('même phrase secrète');
    const second = await newRecordKey('même phrase secrète');
    expect(first.salt).not.toBe(second.salt);
    const a = await encryptJson(CASE, first, 'case-1');
    const b = await encryptJson(CASE, first, 'case-1');
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('refuses a wrong passphrase with a clear error', async () => {
    const envelope = await encryptJson(CASE, await newRecordKey('la bonne phrase'), 'case-1');
    await expect(decryptJson(envelope, 'la mauvaise phrase', 'case-1')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('refuses a tampered ciphertext, a tampered IV and a ciphertext moved to another record', async () => {
    const envelope = await encryptJson(CASE, await newRecordKey('la bonne phrase'), 'case-1');
    await expect(decryptJson({ ...envelope, ciphertext: flipOneBit(envelope.ciphertext) }, 'la bonne phrase', 'case-1')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await expect(decryptJson({ ...envelope, iv: flipOneBit(envelope.iv) }, 'la bonne phrase', 'case-1')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(decryptJson(envelope, 'la bonne phrase', 'case-2')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('refuses an envelope that claims fewer iterations than the floor', () => {
    expect(encryptedEnvelopeSchema.safeParse({ format: 'aes-gcm-pbkdf2-sha256/1', iterations: 1000, salt: 'AA==', iv: 'AA==', ciphertext: 'AA==' }).success).toBe(
      false,
    );
  });
});
