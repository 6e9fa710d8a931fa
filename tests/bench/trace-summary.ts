/**
 * Summarises a Chrome trace written by `BENCH_TRACE=<dir> npm run bench:coldstart`: the
 * renderer main thread's tasks longer than 4 ms, in order, with what took their time
 * (script evaluation and compilation by file, function calls, style, layout, parse),
 * and the user-timing marks. Times are from the navigation start, in ms (throttled).
 *
 *   npx tsx tests/bench/trace-summary.ts <trace.json>
 */
import { readFileSync } from 'node:fs';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string; functionName?: string; navigationId?: string }; name?: string };
}

const file = process.argv[2];
if (!file) throw new Error('usage: trace-summary.ts <trace.json>');
const { traceEvents } = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] };

const threadNames = new Map<string, string>();
for (const event of traceEvents) {
  if (event.ph === 'M' && event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
}
// The app's first mark gives the page's main thread and, with its startTime, the navigation start.
const entry = traceEvents.find((event) => event.name === 'start:entry');
const entryStart = (entry?.args?.data as { startTime?: number } | undefined)?.startTime;
if (!entry || entryStart === undefined) throw new Error('no start:entry mark in the trace');
const main = `${entry.pid}:${entry.tid}`;
const origin = entry.ts - entryStart * 1000;
const at = (ts: number) => ((ts - origin) / 1000).toFixed(0).padStart(5);
const onMain = traceEvents.filter((event) => `${event.pid}:${event.tid}` === main && event.ts >= origin && event.ph === 'X');
console.log(`main thread: ${threadNames.get(main)}`);

const tasks = onMain.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 4000);
const label = (event: TraceEvent) => {
  const url = event.args?.data?.url?.replace(/^https?:\/\/[^/]+/, '') ?? '';
  const fn = event.args?.data?.functionName ?? '';
  return `${event.name}${url ? ` ${url}` : ''}${fn ? ` ${fn}` : ''}`;
};
const DETAIL = new Set(['EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'v8.compile', 'FunctionCall', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseAuthorStyleSheet', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.run', 'V8.GCScavenger', 'MajorGC', 'MinorGC', 'V8.GC_MARK_COMPACTOR']);
let busy = 0;
for (const task of tasks) {
  busy += task.dur ?? 0;
  const end = task.ts + (task.dur ?? 0);
  const inner = onMain
    .filter((event) => event.ts >= task.ts && event.ts < end && event !== task && DETAIL.has(event.name) && (event.dur ?? 0) > 2000)
    .map((event) => `${label(event)} ${((event.dur ?? 0) / 1000).toFixed(1)}`);
  console.log(`${at(task.ts)} +${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${[...new Set(inner)].slice(0, 6).join(' | ')}`);
}
console.log(`tasks > 4 ms: ${(busy / 1000).toFixed(0)} ms in all`);
for (const event of traceEvents.filter((candidate) => candidate.cat.includes('user_timing') && candidate.ts >= origin && `${candidate.pid}:${candidate.tid}` === main && candidate.ph === 'I')) {
  console.log(`mark ${at(event.ts)} ${event.name}`);
}

// Where the CPU went, by script file, from the sampling profiler (ProfileChunk events).
interface ProfileNode { id: number; callFrame: { url?: string; functionName?: string }; parent?: number }
const nodes = new Map<number, ProfileNode>();
const selfByUrl = new Map<string, number>();
for (const event of traceEvents.filter((candidate) => candidate.name === 'ProfileChunk' && candidate.pid === entry.pid)) {
  const data = (event.args?.data ?? {}) as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
  for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
  const samples = data.cpuProfile?.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  samples.forEach((id, index) => {
    const delta = deltas[index + 1] ?? 0;
    const node = nodes.get(id);
    const url = node?.callFrame.url?.replace(/^https?:\/\/[^/]+/, '') || `(${node?.callFrame.functionName || 'native'})`;
    selfByUrl.set(url, (selfByUrl.get(url) ?? 0) + delta);
  });
}
if (selfByUrl.size > 0) {
  console.log('\nself time by script (sampled, whole trace):');
  for (const [url, time] of [...selfByUrl].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(time / 1000).toFixed(1).padStart(8)} ms  ${url}`);
}
