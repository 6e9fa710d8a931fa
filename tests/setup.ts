// fake-indexeddb first: Dexie must see a real IndexedDB implementation when it loads.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Pages are lazy chunks and catalogs load on demand: on a loaded 2-core CI machine the
// first render of a route can take more than the library's default 1 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
