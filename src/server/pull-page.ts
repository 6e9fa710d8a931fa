/**
 * One pull page as the API sends it: shared by `GET /api/v1/pull` and the first-sync
 * snapshot (snapshot.ts), so that each snapshot line is exactly the pull answer for its
 * cursor — there is one page builder, not two that could drift apart.
 */
import { createHash } from 'node:crypto';
import type { CursorCodec, CursorPosition } from './pull-cursor.ts';
import type { ContentState, ContentStore, StoredChange } from './storage/content-store.ts';

/** Bump when the response body changes shape for the same content, so old ETags stop matching. */
const RESPONSE_FORMAT = 2;

/**
 * The ETag names what a device holds once it has stored the response: everything up to
 * the store's current version, consistent with its current tombstone horizon. So it is
 * sent only on a page that brings the device up to date (`hasMore: false`), and the
 * device's NEXT pull — with the new cursor and this tag — is a 304 if nothing has been
 * published since, including the first check right after a delta. (A tag computed from
 * the request's own cursor would only match from the second check on.) Weak, because
 * compression gives the same content different bytes.
 */
export function etagFor(state: ContentState): string {
  const key = [RESPONSE_FORMAT, state.contentVersion, state.tombstoneHorizon];
  return `W/"${createHash('sha256').update(key.join(':')).digest('base64url').slice(0, 27)}"`;
}

export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Stored data is canonical JSON already: it goes out as is, without a parse and a stringify. */
function changeJson(change: StoredChange): string {
  return `{"kind":${JSON.stringify(change.kind)},"id":${JSON.stringify(change.id)},"version":${change.version},"deleted":${change.deleted},"data":${change.dataJson ?? 'null'}}`;
}

export interface BuiltPage {
  /** The JSON body, on one line. */
  body: string;
  cursor: string;
  hasMore: boolean;
  /** The store's state the page was read with. */
  state: ContentState;
}

/** The page after `position` (null: from the start), `limit` changes at most. */
export async function buildPullPage(store: ContentStore, cursors: CursorCodec, position: CursorPosition | null, limit: number): Promise<BuiltPage> {
  const result = await store.pull({
    afterVersion: position?.version ?? 0,
    limit,
    // A cursor below the horizon may have missed a deletion whose tombstone is gone —
    // unless the device's copy was started (or checked) after that compaction.
    mustRestart: (state) =>
      position !== null && position.version < state.tombstoneHorizon && position.horizon < state.tombstoneHorizon,
  });
  const cursor = cursors.encode({ version: result.throughVersion, horizon: result.state.tombstoneHorizon });
  const body = `{"changes":[${result.changes.map(changeJson).join(',')}],"cursor":${JSON.stringify(cursor)},"hasMore":${result.hasMore}${result.restarted ? ',"reset":true' : ''}}`;
  return { body, cursor, hasMore: result.hasMore, state: result.state };
}
