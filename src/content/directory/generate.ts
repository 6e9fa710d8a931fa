/**
 * The demo directory (CONTENT.md, "Demo directory"): fictional organisations in all 17
 * regions and every sector, with realistic hours and languages, fictional 555-01xx phone
 * numbers and `demo: true` on every record. Deterministic: the same options give the same
 * pack, and ids derive from the seed and an index so that re-importing updates in place.
 */
import type { ContentPack } from '../../shared/content-pack.ts';
import { buildUnit, DEMO_REFERENCE_DATE, type DemoRecord } from './build-unit.ts';
import { planUnit } from './plan.ts';

export interface DemoDirectoryOptions {
  /** How many services to generate (organisations and locations follow). */
  services: number;
  seed?: number;
}

export const DEFAULT_DEMO_SEED = 2026;
/** Size of the default pack: enough to cover every type in every region. */
export const DEFAULT_DEMO_SERVICES = 400;

export function generateDemoDirectory({ services, seed = DEFAULT_DEMO_SEED }: DemoDirectoryOptions): ContentPack {
  if (!Number.isInteger(services) || services < 1) throw new Error('services must be a positive integer');
  const records: DemoRecord[] = [];
  let serviceCount = 0;
  for (let unit = 0; serviceCount < services; unit += 1) {
    const unitRecords = buildUnit(seed, unit, planUnit(seed, unit), services - serviceCount);
    for (const record of unitRecords) if (record.kind === 'service') serviceCount += 1;
    records.push(...unitRecords);
  }
  return {
    manifest: {
      name: 'demo-directory',
      version: `${DEMO_REFERENCE_DATE}-s${seed}-n${services}`,
      created: `${DEMO_REFERENCE_DATE}T00:00:00Z`,
      source: 'Passerelle demo directory generator: fictional organisations for demonstration only.',
    },
    records,
  };
}

/** The demo directory shipped with the default content: a few hundred services. */
export function demoDirectoryPack(): ContentPack {
  return generateDemoDirectory({ services: DEFAULT_DEMO_SERVICES });
}
