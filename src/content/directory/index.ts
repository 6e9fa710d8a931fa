/** The directory's default content: the demo directory generator and the verified help lines. */
export { DEFAULT_DEMO_SEED, DEFAULT_DEMO_SERVICES, demoDirectoryPack, generateDemoDirectory, type DemoDirectoryOptions } from './generate.ts';
export { DEMO_REFERENCE_DATE } from './build-unit.ts';
export { DEMO_ABSENT_LANGUAGES, DEMO_GAPS } from './plan.ts';
export { HELP_LINES_VERIFIED, helpLinesPack } from './help-lines.ts';
export { stableUuid } from './random.ts';
