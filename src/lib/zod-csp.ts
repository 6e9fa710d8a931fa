/**
 * Zod compiles object parsers with `new Function` when it can; our CSP forbids eval
 * (SAFETY.md rule 11), which makes the browser report a violation on every probe.
 * Jitless parsing is plenty fast for our record sizes. Imported first by main.tsx.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
