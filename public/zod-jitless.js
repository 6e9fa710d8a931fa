/*
 * Zod probes `new Function("")` the first time a schema is built, unless it is told not
 * to. Our CSP forbids eval (SAFETY.md rule 11), so the probe is reported as a CSP
 * violation (Lighthouse "Browser errors/issues", best practices). `src/lib/zod-csp.ts`
 * sets the same option, but bundling runs the schema chunks before it; this classic
 * script runs before any module, and zod reads its configuration from this global.
 */
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
