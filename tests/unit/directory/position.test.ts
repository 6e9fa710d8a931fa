import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { forgetSessionPosition, requestSessionPosition, useSessionPosition } from '../../../src/features/directory/data/position.ts';
import { initI18n } from '../../../src/lib/i18n/index.ts';
import { resetSession } from '../../../src/lib/session-reset.ts';

beforeAll(async () => {
  await initI18n('fr');
});

afterEach(() => {
  forgetSessionPosition();
  Reflect.deleteProperty(navigator, 'geolocation');
});

function answerWith(latitude: number, longitude: number): void {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (success: PositionCallback) => success({ coords: { latitude, longitude } } as GeolocationPosition),
    },
  });
}

describe('the position for near me', () => {
  it('is rounded to about a kilometre and kept only in memory', async () => {
    answerWith(48.2391, -79.0213);
    const { result } = renderHook(() => useSessionPosition());
    expect(result.current).toBeNull();
    await act(() => requestSessionPosition());
    expect(result.current).toEqual({ latitude: 48.24, longitude: -79.02 });
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.toMatch(/48\.2|79\.0/);
  });

  it('is forgotten when a shared tablet resets for the next person (SAFETY.md rule 8)', async () => {
    answerWith(48.24, -79.02);
    const { result } = renderHook(() => useSessionPosition());
    await act(() => requestSessionPosition());
    expect(result.current).not.toBeNull();
    await act(() => resetSession('idle'));
    expect(result.current).toBeNull();
  });
});
