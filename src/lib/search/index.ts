/** Offline full-text search: the index, its persistence, and ranking helpers. */
export { isPrefixWithinOneEdit, isWithinOneEdit } from './edit-distance.ts';
export { rankHits } from './rank.ts';
export { type SearchSnapshot } from './postings.ts';
export { type FieldWeight, MIN_TYPO_LENGTH } from './query.ts';
export { SearchIndex, type SearchField, type SearchHit } from './search-index.ts';
export { deleteSearchIndex, loadSearchIndex, readSearchIndexEarly, saveSearchIndex, SEARCH_INDEX_FORMAT, type EarlySearchIndexRead } from './store.ts';
