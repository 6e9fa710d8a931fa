/** Helpers shared by the benchmarks: medians and plain-text tables. */
import { writeFileSync } from 'node:fs';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** One measured quantity of a benchmark, one value per run (BENCH-CONTRACT.md). */
export interface BenchRow {
  metric: string;
  unit: string;
  values: number[];
  target: number | null;
  better: 'lower' | 'higher';
}

/**
 * Writes the results where `BENCH_JSON` points (nothing when it is unset), so that
 * `npm run bench` aggregates every benchmark without parsing its printed tables.
 */
export function writeBenchJson(bench: string, runs: number, rows: readonly BenchRow[]): void {
  const file = process.env.BENCH_JSON;
  if (!file) return;
  writeFileSync(file, `${JSON.stringify({ bench, runs, rows }, null, 2)}\n`, 'utf8');
}
