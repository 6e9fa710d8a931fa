import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettledValue } from '../../../src/features/directory/data/use-settled-value.ts';

const LOADING = 'Préparation du répertoire…';
const isLoading = (settled: string) => settled === LOADING;

describe('the announced result count', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the first count at once after loading, then waits for typing to pause', () => {
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value, 400, isLoading), { initialProps: { value: LOADING } });
    expect(result.current).toBe(LOADING);

    rerender({ value: '412 ressources' });
    expect(result.current).toBe('412 ressources');
    act(() => vi.advanceTimersByTime(400));

    rerender({ value: '12 ressources' });
    expect(result.current).toBe('412 ressources');
    act(() => vi.advanceTimersByTime(399));
    expect(result.current).toBe('412 ressources');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe('12 ressources');
  });

  it('without a passing rule, even the first change waits for the delay', () => {
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value, 400), { initialProps: { value: LOADING } });
    rerender({ value: '412 ressources' });
    expect(result.current).toBe(LOADING);
    act(() => vi.advanceTimersByTime(400));
    expect(result.current).toBe('412 ressources');
  });
});
