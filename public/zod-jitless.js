/*
 * Zod probes `new Function("")` the first time an object schema parses, unless it is told
 * not to. Our CSP forbids eval (SAFETY.md rule 11), so the probe is reported as a CSP
 * violation (Lighthouse "Browser errors/issues", best practices). This classic script
 * runs before any module, and zod reads its configuration from this global; the entry
 * chunk carries no zod (issue 8), so nothing else sets it.
 */
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
