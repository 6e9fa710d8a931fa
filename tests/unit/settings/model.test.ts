import { describe, expect, it } from 'vitest';
import { formatBytes, scaleToPercent } from '../../../src/features/settings/model.ts';

describe('formatBytes', () => {
  it('picks the largest unit that keeps the number at least 1', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
    expect(formatBytes(2_000_000_000, 'en')).toBe('2 GB');
  });

  it('formats in the reader’s language', () => {
    expect(formatBytes(1_500_000, 'fr')).toMatch(/^1,5\s?Mo$/);
  });
});

describe('scaleToPercent', () => {
  it('turns a scale into a whole percentage', () => {
    expect(scaleToPercent(1.75)).toBe(175);
  });
});
