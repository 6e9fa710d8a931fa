/** The value, or a failed test when it is missing (instead of a non-null assertion). */
export function required<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
