/**
 * A tiny HTTP proxy in front of the real server that breaks chosen answers the way
 * networks and servers do — so that the sync engine is tested against our real server,
 * not a mock of it. Faults are queued and each one spoils the next matching request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  /** No fault: this request goes through untouched (to spoil a later one). */
  | { kind: 'pass' }
  /** Headers and half the body, then the connection is cut. */
  | { kind: 'drop-mid-body' }
  /** A well-formed HTTP answer whose JSON stops half-way. */
  | { kind: 'truncate' }
  | { kind: 'status'; status: number }
  /** No answer at all (the client's timeout must fire). */
  | { kind: 'hang' }
  /** The previous answer to this path, again. */
  | { kind: 'replay-previous' }
  /** The real answer, edited. */
  | { kind: 'rewrite'; edit: (body: { changes: Record<string, unknown>[] } & Record<string, unknown>) => unknown };

export interface FaultProxy {
  base: string;
  /** `path?query` of every request, in order, with its If-None-Match when sent. */
  requests: { url: string; ifNoneMatch: string | undefined; status: number | 'fault' }[];
  inject: (fault: Fault, path?: string) => void;
  close: () => Promise<void>;
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const queue: { fault: Fault; path: string }[] = [];
  const previous = new Map<string, { status: number; headers: Record<string, string>; body: string }>();
  const requests: FaultProxy['requests'] = [];

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = request.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    const ifNoneMatch = request.headers['if-none-match'];
    const index = queue.findIndex((entry) => entry.path === path);
    const fault = index >= 0 ? queue.splice(index, 1)[0]?.fault : undefined;
    const log = { url, ifNoneMatch: typeof ifNoneMatch === 'string' ? ifNoneMatch : undefined, status: 'fault' as number | 'fault' };
    requests.push(log);
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'status') {
      response.writeHead(fault.status, { 'content-type': 'application/json' }).end('{"error":"unavailable"}');
      return;
    }
    if (fault?.kind === 'replay-previous') {
      const earlier = previous.get(path);
      if (earlier) {
        response.writeHead(earlier.status, earlier.headers).end(earlier.body);
        return;
      }
    }
    const upstreamResponse = await fetch(new URL(url, upstream), {
      headers: { 'accept-encoding': 'identity', ...(log.ifNoneMatch ? { 'if-none-match': log.ifNoneMatch } : {}) },
    });
    let body = await upstreamResponse.text();
    const headers: Record<string, string> = { 'content-type': upstreamResponse.headers.get('content-type') ?? 'application/json' };
    const etag = upstreamResponse.headers.get('etag');
    if (etag) headers.etag = etag;
    log.status = upstreamResponse.status;
    if (upstreamResponse.status === 304) {
      response.writeHead(304, headers).end();
      return;
    }
    if (fault?.kind === 'rewrite') body = JSON.stringify(fault.edit(JSON.parse(body) as never));
    previous.set(path, { status: upstreamResponse.status, headers, body });
    if (fault?.kind === 'truncate') body = body.slice(0, Math.floor(body.length / 2));
    if (fault?.kind === 'drop-mid-body') {
      response.writeHead(upstreamResponse.status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
      response.write(body.slice(0, Math.floor(body.length / 2)), () => response.socket?.destroy());
      return;
    }
    response.writeHead(upstreamResponse.status, headers).end(body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(502).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    inject: (fault, path = '/api/v1/pull') => queue.push({ fault, path }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
