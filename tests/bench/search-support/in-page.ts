/**
 * Functions the benchmark runs inside the page (serialised by Playwright: they must not
 * use anything from their module scope).
 */

export interface KeystrokeRun {
  times: number[];
  top5: string[];
  /** Keystrokes after which the list was not yet up to date when timing stopped (should be 0). */
  stale: number;
}

/**
 * Types `text` into the directory's searchbox one character at a time, as an input event
 * each, and times each keystroke until React has committed the new results to the DOM.
 */
export async function typeAndTime(text: string): Promise<KeystrokeRun> {
  const input = document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('no searchbox');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (!setValue) throw new Error('no value setter');
  const firstResult = () => document.querySelector('section[aria-labelledby="results-title"] .result-name a')?.getAttribute('href') ?? '';
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const type = async (value: string) => {
    const start = performance.now();
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // React commits a discrete input update before the next task; two microtask turns let it finish.
    await Promise.resolve();
    await Promise.resolve();
    return performance.now() - start;
  };
  await type('');
  await pause(100);
  const characters = Array.from(text);
  const times: number[] = [];
  let stale = 0;
  for (let end = 1; end <= characters.length; end += 1) {
    times.push(await type(characters.slice(0, end).join('')));
    const atStop = firstResult();
    await pause(40);
    if (firstResult() !== atStop) stale += 1;
  }
  await pause(100);
  const top5 = [...document.querySelectorAll('section[aria-labelledby="results-title"] .result-name a')]
    .slice(0, 5)
    .map((link) => (link.getAttribute('href') ?? '').split('/').pop() ?? '');
  return { times, top5, stale };
}

export interface BaselineRun {
  times: number[];
  top5: string[];
}

/**
 * Builds Fuse.js and a plain `includes` haystack over the same records, read from the same
 * IndexedDB; returns how long that took. They stay on `window` for `runBaseline`.
 */
export async function prepareBaselines(regionNames: Record<string, string>): Promise<number> {
  type Row = { id: string; data: Record<string, unknown> };
  const started = performance.now();
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('passerelle');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('cannot open'));
  });
  const readAll = (store: string) =>
    new Promise<Row[]>((resolve, reject) => {
      const request = database.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as Row[]);
      request.onerror = () => reject(request.error ?? new Error('cannot read'));
    });
  const [services, organizations, locations] = await Promise.all([readAll('service'), readAll('organization'), readAll('location')]);
  database.close();
  const texts = (value: unknown) => (value && typeof value === 'object' ? Object.values(value as Record<string, string>).join(' ') : '');
  const organizationsById = new Map(organizations.map((row) => [row.id, row.data]));
  const locationsById = new Map(locations.map((row) => [row.id, row.data]));
  const docs = services.map((row) => {
    const organization = organizationsById.get(row.data.organizationId as string);
    const places = ((row.data.locationIds as string[]) ?? []).map((id) => locationsById.get(id)).filter((place) => place !== undefined);
    const place = places
      .map((item) => `${regionNames[item.region as string] ?? ''} ${item.addressVisibility === 'confidential' ? '' : ((item.city as string) ?? '')}`)
      .join(' ');
    return { id: row.id, name: texts(row.data.name), org: texts(organization?.name), desc: `${texts(row.data.description)} ${texts(organization?.description)}`, place };
  });
  const scope = window as unknown as {
    Fuse: new (docs: unknown[], options: unknown) => unknown;
    benchFuse: unknown;
    benchHaystacks: { id: string; text: string }[];
  };
  scope.benchFuse = new scope.Fuse(docs, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'org', weight: 2 },
      { name: 'place', weight: 1.5 },
      { name: 'desc', weight: 1 },
    ],
    threshold: 0.4,
    ignoreLocation: true,
  });
  scope.benchHaystacks = docs.map((doc) => ({ id: doc.id, text: `${doc.name} ${doc.org} ${doc.place} ${doc.desc}`.toLowerCase() }));
  return performance.now() - started;
}

/** Runs `prefixes` (the last one is the whole query) through Fuse.js or `includes`; top 5 of the last. */
export function runBaseline(input: { method: 'fuse' | 'includes'; prefixes: string[] }): BaselineRun {
  const scope = window as unknown as {
    benchFuse: { search: (query: string, options: { limit: number }) => { item: { id: string } }[] };
    benchHaystacks: { id: string; text: string }[];
  };
  const times: number[] = [];
  let top5: string[] = [];
  for (const prefix of input.prefixes) {
    const start = performance.now();
    if (input.method === 'fuse') {
      top5 = scope.benchFuse.search(prefix, { limit: 5 }).map((hit) => hit.item.id);
    } else {
      const needle = prefix.toLowerCase();
      top5 = scope.benchHaystacks.filter((haystack) => haystack.text.includes(needle)).slice(0, 5).map((haystack) => haystack.id);
    }
    times.push(performance.now() - start);
  }
  return { times, top5 };
}
