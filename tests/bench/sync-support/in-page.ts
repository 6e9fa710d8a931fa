/**
 * Functions bench:sync runs inside the page (serialised by Playwright: they must not use
 * anything from their module scope). They time a sync with the page's own clock and read
 * the app's sync checkpoint from raw IndexedDB (the bench imports no app code into the
 * page), through one connection, so that watching costs the sync being timed little.
 */

/** What the app stores under `meta/sync` (src/lib/sync/checkpoint.ts), as far as the bench needs it. */
export interface Checkpoint {
  contentVersion: number;
  lastSuccessAt: string | null;
}

/** When a watch stops: the first checkpoint that matches every given field. */
export interface Goal {
  /** The checkpoint holds at least this version. */
  minVersion?: number;
  /** A run completed after this one (null: any completed run). */
  lastSuccessNot?: string | null;
}

type Watcher = (goal: Goal) => Promise<number>;

/**
 * Installs `window.benchAwaitCheckpoint(goal)` (again after each navigation): it waits for
 * the app's database (never creating it: the app must, at its own version), then for a
 * checkpoint that reaches `goal`, and returns `performance.now()` at that moment, i.e.
 * milliseconds since the navigation started.
 */
export function installWatcher(): void {
  (window as unknown as { benchAwaitCheckpoint: Watcher }).benchAwaitCheckpoint = awaitCheckpoint;

  async function awaitCheckpoint(goal: Goal): Promise<number> {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('passerelle');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('the database did not open'));
      });
    const read = (database: IDBDatabase) =>
      new Promise<Checkpoint>((resolve, reject) => {
        const request = database.transaction('meta').objectStore('meta').get('sync');
        request.onsuccess = () => {
          const value = (request.result as { value?: Partial<Checkpoint> } | undefined)?.value;
          resolve({ contentVersion: value?.contentVersion ?? 0, lastSuccessAt: value?.lastSuccessAt ?? null });
        };
        request.onerror = () => reject(request.error ?? new Error('the checkpoint could not be read'));
      });
    const isReached = (checkpoint: Checkpoint) =>
      (goal.minVersion === undefined || checkpoint.contentVersion >= goal.minVersion) &&
      (goal.lastSuccessNot === undefined ? true : checkpoint.lastSuccessAt !== null && checkpoint.lastSuccessAt !== goal.lastSuccessNot);

    while (!(await indexedDB.databases()).some((database) => database.name === 'passerelle')) await pause(5);
    let database = await open();
    for (;;) {
      if (!database.objectStoreNames.contains('meta')) {
        // Opened between the creation and the app's upgrade: look again later.
        database.close();
        await pause(5);
        database = await open();
        continue;
      }
      if (isReached(await read(database))) {
        const at = performance.now();
        database.close();
        return at;
      }
      await pause(2);
    }
  }
}

/** Waits (in the page) for the checkpoint to reach `goal`; see installWatcher. */
export function awaitCheckpoint(goal: Goal): Promise<number> {
  return (window as unknown as { benchAwaitCheckpoint: Watcher }).benchAwaitCheckpoint(goal);
}

/** Clicks the button named `label` and returns how long until the checkpoint reaches `goal` (ms). */
export async function clickAndTime(args: { label: string; goal: Goal }): Promise<number> {
  const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === args.label);
  if (!button) throw new Error(`no button "${args.label}"`);
  const start = performance.now();
  button.click();
  // Serialised functions cannot share a helper: the watcher is on `window` (installWatcher).
  return (await (window as unknown as { benchAwaitCheckpoint: Watcher }).benchAwaitCheckpoint(args.goal)) - start;
}

/** The checkpoint as stored now (the database exists by then). */
export function readCheckpoint(): Promise<Checkpoint> {
  return new Promise<Checkpoint>((resolve, reject) => {
    const open = indexedDB.open('passerelle');
    open.onerror = () => reject(open.error ?? new Error('the database did not open'));
    open.onsuccess = () => {
      const database = open.result;
      const request = database.transaction('meta').objectStore('meta').get('sync');
      request.onsuccess = () => {
        const value = (request.result as { value?: Partial<Checkpoint> } | undefined)?.value;
        database.close();
        resolve({ contentVersion: value?.contentVersion ?? 0, lastSuccessAt: value?.lastSuccessAt ?? null });
      };
      request.onerror = () => reject(request.error ?? new Error('the checkpoint could not be read'));
    };
  });
}
