/** Text folding and tokenizing for search, shared by the index and the query. */
export { foldText } from './fold.ts';
export { isIdeographic, tokenize, type TokenizeOptions } from './tokenize.ts';
