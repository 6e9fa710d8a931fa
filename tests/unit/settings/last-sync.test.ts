import { describe, expect, it } from 'vitest';
import { parseLastSync } from '../../../src/features/settings/model.ts';

describe('reading the last sync written by the sync engine', () => {
  it('accepts an ISO date, epoch milliseconds or an object holding one', () => {
    const expected = new Date('2026-11-30T10:00:00Z').getTime();
    expect(parseLastSync('2026-11-30T10:00:00Z')?.getTime()).toBe(expected);
    expect(parseLastSync(expected)?.getTime()).toBe(expected);
    expect(parseLastSync({ at: '2026-11-30T10:00:00Z', pulled: 12 })?.getTime()).toBe(expected);
    expect(parseLastSync({ finishedAt: expected })?.getTime()).toBe(expected);
  });

  it('gives null for anything else instead of a wrong date', () => {
    for (const value of [undefined, null, '', 'yesterday', 'cursor-abc', 0, -5, Number.NaN, {}, { at: 'soon' }, []]) {
      expect(parseLastSync(value)).toBeNull();
    }
  });
});
