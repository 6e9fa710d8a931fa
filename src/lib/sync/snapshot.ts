/**
 * The first-sync snapshot over HTTP (`GET /api/v1/snapshot`): the pull feed from no
 * cursor as one compressed download, read line by line as it arrives — each line is a
 * pull page, checked and stored like one (engine.ts), so a download cut half-way keeps
 * every page that came in whole. With http.ts, the only place that talks to the server.
 */
import { SyncError } from './failure.ts';
import { parsePage, type HttpOptions, type PulledPage } from './http.ts';

export type SnapshotAnswer =
  /** Anything but a 200 (an older server without the route answers 404): pull instead. */
  | { kind: 'unavailable'; status: number }
  | { kind: 'stream'; etag: string | null; pages: AsyncGenerator<PulledPage, void, undefined> };

const PATH = '/api/v1/snapshot';

/**
 * Opens the snapshot. The timeout counts from the last bytes received rather than from
 * the start: the whole download can take longer than one page on a slow link, but a
 * connection that stalls fails as quickly as a pull would.
 */
export async function openSnapshot(options: HttpOptions): Promise<SnapshotAnswer> {
  const url = new URL(PATH, options.baseUrl);
  const controller = new AbortController();
  let isTimedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      isTimedOut = true;
      controller.abort();
    }, options.timeoutMs);
  };
  const failure = (error: unknown) =>
    isTimedOut
      ? new SyncError('timeout', `${PATH}: nothing received for ${options.timeoutMs} ms`)
      : new SyncError('network', `${PATH}: ${error instanceof Error ? error.message : String(error)}`);

  rearm();
  let response: Response;
  try {
    response = await options.fetch(url, { signal: controller.signal, cache: 'no-store', credentials: 'same-origin' });
  } catch (error) {
    clearTimeout(timer);
    throw failure(error);
  }
  if (response.status !== 200 || !response.body) {
    clearTimeout(timer);
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'unavailable', status: response.status };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();

  async function* pages(): AsyncGenerator<PulledPage, void, undefined> {
    // The current line's pieces, joined once its newline arrives: appending to one string
    // and searching it on every chunk would copy a 1 MB line over and over.
    let pieces: string[] = [];
    let line = 0;
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<string>;
        try {
          chunk = await reader.read();
        } catch (error) {
          throw failure(error);
        }
        if (chunk.done) break;
        rearm();
        let rest = chunk.value;
        let end = rest.indexOf('\n');
        while (end >= 0) {
          pieces.push(rest.slice(0, end));
          const text = pieces.join('');
          pieces = [];
          rest = rest.slice(end + 1);
          line += 1;
          if (text.trim().length > 0) yield parsePage(text, `${PATH} line ${line}`);
          end = rest.indexOf('\n');
        }
        if (rest.length > 0) pieces.push(rest);
      }
      // Every line ends with a newline: text left over is a page cut short.
      const left = pieces.join('');
      if (left.trim().length > 0) throw new SyncError('invalid-response', `${PATH}: the last line is incomplete (${left.length} characters)`);
    } finally {
      clearTimeout(timer);
      // The engine stopped early (a page failed to store): release the connection.
      reader.cancel().catch(() => undefined);
    }
  }
  return { kind: 'stream', etag: response.headers.get('etag'), pages: pages() };
}
