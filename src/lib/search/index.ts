/** Offline full-text search: the index, its persistence, and ranking helpers. */
export { isPrefixWithinOneEdit, isWithinOneEdit } from './edit-distance.ts';
export { rankHits } from './rank.ts';
export { MIN_TYPO_LENGTH, SearchIndex, type FieldWeight, type SearchField, type SearchHit, type SearchSnapshot } from './search-index.ts';
export { deleteSearchIndex, loadSearchIndex, saveSearchIndex, SEARCH_INDEX_FORMAT } from './store.ts';
