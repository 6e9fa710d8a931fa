import { describe, expect, it } from 'vitest';
import { checkNewPin, checkPin, hashPin, PIN_ITERATIONS, verifyPin } from '../../../src/features/tablet/pin.ts';
import { pinHashSchema } from '../../../src/lib/device-schemas.ts';

// Fewer iterations keep the suite fast; one test below checks the real count is the default.
const FAST = 1_000;

describe('checking a new organisation PIN', () => {
  it('refuses a PIN shorter than 6 digits and says why', () => {
    expect(checkPin('48291')).toBe('tooShort');
    expect(checkPin('')).toBe('tooShort');
  });

  it('refuses anything but digits', () => {
    expect(checkPin('48a913')).toBe('notDigits');
    expect(checkPin('482 913')).toBe('notDigits');
  });

  it('refuses repeated or consecutive digits, the first PINs anyone tries', () => {
    expect(checkPin('000000')).toBe('tooSimple');
    expect(checkPin('123456')).toBe('tooSimple');
    expect(checkPin('987654')).toBe('tooSimple');
  });

  it('accepts 6 to 12 ordinary digits and refuses longer ones', () => {
    expect(checkPin('482913')).toBeNull();
    expect(checkPin('121212')).toBeNull();
    expect(checkPin('482913482913')).toBeNull();
    expect(checkPin('4829134829131')).toBe('tooLong');
  });

  it('refuses a confirmation that differs, after the PIN itself passes', () => {
    expect(checkNewPin('482913', '482914')).toBe('mismatch');
    expect(checkNewPin('123', '123')).toBe('tooShort');
    expect(checkNewPin('482913', '482913')).toBeNull();
  });
});

describe('hashing the organisation PIN', () => {
  it('stores only the algorithm, iterations, salt and hash — never the PIN', async () => {
    const stored = await hashPin('482913', FAST);
    expect(Object.keys(stored).sort()).toEqual(['algorithm', 'hash', 'iterations', 'salt']);
    expect(JSON.stringify(stored)).not.toContain('482913');
    expect(pinHashSchema.parse(stored)).toEqual(stored);
    expect(atob(stored.salt)).toHaveLength(16);
    expect(atob(stored.hash)).toHaveLength(32);
  });

  it('uses a fresh random salt, so the same PIN never gives the same hash', async () => {
    const first = await hashPin('482913', FAST);
    const second = await hashPin('482913', FAST);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
  });

  it('verifies the right PIN and rejects a wrong one', async () => {
    const stored = await hashPin('482913', FAST);
    expect(await verifyPin('482913', stored)).toBe(true);
    expect(await verifyPin('482914', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('rejects the right PIN checked against another salt', async () => {
    const stored = await hashPin('482913', FAST);
    const other = await hashPin('555123', FAST);
    expect(await verifyPin('482913', { ...stored, salt: other.salt })).toBe(false);
  });

  it('uses many iterations by default', async () => {
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    const stored = await hashPin('482913');
    expect(stored.iterations).toBe(PIN_ITERATIONS);
    expect(await verifyPin('482913', stored)).toBe(true);
  });
});
