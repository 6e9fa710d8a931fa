/**
 * Keeps the directory's search index up to date with the published tables, incrementally
 * (CONTRACTS.md, "Sync engine → other features"). The index is saved with the highest
 * record version it reflects; each catch-up reads only the rows above that version through
 * the tables' `version` index. Deletions leave no row to find, so the index also keeps the
 * ids it has seen and compares them with the tables' counts; when they differ, a key diff
 * finds what went away (or came back at an old version after a sync reset).
 *
 * This relies on the sync engine writing pages in version order, each in one transaction
 * (ARCHITECTURE.md): then every row at or below the saved version was already indexed.
 */
import { loadSearchIndex, readSearchIndexEarly, saveSearchIndex, SearchIndex, type EarlySearchIndexRead } from '../../../lib/search/index.ts';
import type { DirectoryEntry } from '../model.ts';
import { applyNewVersions, emptyMeta, reconcileDeletions, type IndexMeta } from './index-catch-up.ts';
import { directoryPreview, readPreview, type DirectoryPreview } from './preview.ts';

export const DIRECTORY_INDEX_KEY = 'directory';
/** Coalesces the saves of a sync that lands many pages in a row. */
const SAVE_DELAY_MS = 400;
/** Keeps each slice of background decoding well under a frame. */
const WARM_UP_SLICE_MS = 6;

interface SavedMeta {
  version: number;
  organizationIds: string;
  locationIds: string;
}

function toSavedMeta(meta: IndexMeta): SavedMeta {
  return { version: meta.version, organizationIds: [...meta.organizationIds].join('\n'), locationIds: [...meta.locationIds].join('\n') };
}

function fromSavedMeta(value: unknown): IndexMeta | null {
  if (typeof value !== 'object' || value === null) return null;
  const saved = value as Partial<SavedMeta>;
  if (typeof saved.version !== 'number' || typeof saved.organizationIds !== 'string' || typeof saved.locationIds !== 'string') return null;
  const split = (text: string) => new Set(text === '' ? [] : text.split('\n'));
  return { version: saved.version, organizationIds: split(saved.organizationIds), locationIds: split(saved.locationIds) };
}

/** User Timing marks, read by the search benchmark (tests/bench/search.ts); nothing is sent anywhere. */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}


export class DirectoryIndex {
  index = new SearchIndex<DirectoryEntry>();
  private meta = emptyMeta();
  private opened: Promise<void> | null = null;
  private queue: Promise<boolean> = Promise.resolve(false);
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private isClosed = false;
  private hasMarkedReady = false;
  /**
   * True once a saved index is loaded: `index` can answer, perhaps a little behind the
   * tables. Without one, nothing answers until the first catch-up has built it.
   */
  hasSavedIndex = false;
  /** The first screen saved with the index, once `prepare` has read it. */
  preview: DirectoryPreview | null = null;
  /** The language the list is shown in: saves keep a preview in it. */
  previewLanguage: string | null = null;
  private early: Promise<EarlySearchIndexRead<DirectoryEntry> | null> | null = null;

  /**
   * Fetches the saved index and its preview (once), decoding only the preview: a screen
   * can show it at once and call `open` after its first paint to decode the index.
   */
  prepare(): Promise<DirectoryPreview | null> {
    this.early ??= readSearchIndexEarly<DirectoryEntry>(DIRECTORY_INDEX_KEY).then(
      (read) => {
        this.preview = readPreview(read.preview);
        mark('directory-index:preview');
        return read;
      },
      () => null,
    );
    return this.early.then(() => this.preview);
  }

  /** Loads the saved index (once). */
  open(): Promise<void> {
    this.opened ??= (async () => {
      mark('directory-index:open');
      const early = this.early ? await this.early : null;
      // The fetched row is not needed once decoded: let it go (several MB on 10,000 services).
      this.early = Promise.resolve(null);
      const saved = await (early ? early.load() : loadSearchIndex<DirectoryEntry>(DIRECTORY_INDEX_KEY)).catch((error: unknown) => {
        console.warn('The saved search index could not be loaded; it will be rebuilt from the records.', error);
        return null;
      });
      const meta = saved ? fromSavedMeta(saved.meta) : null;
      if (saved && meta) {
        this.index = saved.index;
        this.meta = meta;
        this.hasSavedIndex = true;
      }
      mark('directory-index:loaded');
    })();
    return this.opened;
  }

  /**
   * Brings the index up to date with the tables; true when something changed. Runs one at
   * a time. `onNewVersions` runs once new rows are in, before deletions are reconciled (the
   * slower step), so that a screen can answer as early as possible.
   */
  catchUp(onNewVersions?: () => void): Promise<boolean> {
    const run = this.queue.then(async () => {
      await this.open();
      if (!this.hasMarkedReady) mark('directory-index:catch-up');
      const step = await applyNewVersions({ index: this.index, meta: this.meta });
      this.index = step.state.index;
      this.meta = step.state.meta;
      if (!this.hasMarkedReady) {
        this.hasMarkedReady = true;
        mark('directory-index:ready');
        this.warmUp();
      }
      onNewVersions?.();
      const hasDeletions = await reconcileDeletions({ index: this.index, meta: this.meta });
      const changed = step.isChanged || hasDeletions;
      // Saved again also when the list's language has no preview yet (a device updated
      // from a version without previews, or a new language): its next cold start has one.
      if (changed || (this.previewLanguage !== null && this.preview?.lng !== this.previewLanguage)) this.scheduleSave();
      return changed;
    });
    this.queue = run.catch(() => false);
    return run;
  }

  /** Decodes the loaded index a few milliseconds at a time, between other work. */
  private warmUp(): void {
    const step = () => {
      if (this.isClosed) return;
      if (!this.index.warmUp(WARM_UP_SLICE_MS)) setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  /** Saves now (tests and benchmarks; the app saves on its own after each catch-up). */
  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.queue;
    const preview = this.previewLanguage ? directoryPreview(this.index, this.previewLanguage) : undefined;
    await saveSearchIndex(DIRECTORY_INDEX_KEY, this.index, toSavedMeta(this.meta), preview);
    this.preview = preview ?? null;
  }

  /** Stops pending saves; the instance is not used again. */
  close(): void {
    this.isClosed = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
  }

  private scheduleSave(): void {
    if (this.saveTimer || this.isClosed) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      if (this.isClosed) return;
      this.save().catch((error: unknown) => console.warn('The search index could not be saved; it will catch up next time.', error));
    }, SAVE_DELAY_MS);
  }
}

let shared: DirectoryIndex | null = null;

/** The directory index of this page (one per page, shared by every screen). */
export function directoryIndex(): DirectoryIndex {
  shared ??= new DirectoryIndex();
  return shared;
}

/** Forgets the in-memory index (tests; after the device's data was erased). */
export function resetDirectoryIndex(): void {
  shared?.close();
  shared = null;
}
