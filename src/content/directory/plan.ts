/**
 * Which region and service type each demo organisation gets. The first organisations
 * follow a fixed plan that covers every service type in every region, except the gaps
 * below; the rest are drawn by region weight. The plan depends only on the seed and the
 * organisation's index, so a larger pack is a superset of a smaller one with the same seed.
 */
import { SERVICE_TYPES, type ServiceType } from '../../shared/kinds/directory.ts';
import { REGION_CODES, type RegionCode } from '../../shared/regions.ts';
import { DEMO_REGIONS } from './geography.ts';
import { Random } from './random.ts';

/**
 * Service types a region honestly lacks in the demo directory, so that the "nearest in
 * other regions" path of the directory is exercised (Nord-du-Québec has no shelter).
 */
export const DEMO_GAPS: Partial<Record<RegionCode, readonly ServiceType[]>> = {
  '10': ['emergency-shelter', 'second-stage-housing', 'mens-services'],
  '11': ['second-stage-housing', 'interpretation'],
  '09': ['second-stage-housing'],
};

/** Languages no demo resource of a region offers, spoken or interpreted. */
export const DEMO_ABSENT_LANGUAGES: Partial<Record<RegionCode, readonly string[]>> = {
  '09': ['fa'],
  '10': ['fa', 'zh'],
};

export interface UnitPlan {
  region: RegionCode;
  type: ServiceType;
  isProvinceWide: boolean;
}

export function isGap(region: RegionCode, type: ServiceType): boolean {
  return DEMO_GAPS[region]?.includes(type) ?? false;
}

function buildCoveragePlan(): UnitPlan[] {
  const plan: UnitPlan[] = [];
  // Diagonal order: each round gives every region a different type, so that even a small
  // pack spreads over all regions and types.
  for (let round = 0; round < SERVICE_TYPES.length; round += 1) {
    for (const [regionIndex, region] of REGION_CODES.entries()) {
      const type = SERVICE_TYPES[(round + regionIndex) % SERVICE_TYPES.length];
      if (type && !isGap(region, type)) plan.push({ region, type, isProvinceWide: false });
    }
  }
  // Two remote services for the whole province, as real directories have.
  plan.push({ region: '06', type: 'interpretation', isProvinceWide: true });
  plan.push({ region: '03', type: 'legal', isProvinceWide: true });
  return plan;
}

export const COVERAGE_PLAN: readonly UnitPlan[] = buildCoveragePlan();

const TYPE_WEIGHTS: readonly (readonly [ServiceType, number])[] = [
  ['emergency-shelter', 3],
  ['second-stage-housing', 1.5],
  ['sexual-assault-centre', 2],
  ['crime-victim-assistance', 1],
  ['bridge-organization', 4],
  ['interpretation', 1],
  ['legal', 2],
  ['police', 1],
  ['youth-protection', 0.5],
  ['health-social', 2],
  ['help-line', 1],
  ['mens-services', 1],
  ['community', 4],
];

const REGION_WEIGHTS: readonly (readonly [RegionCode, number])[] = REGION_CODES.map((code) => [code, DEMO_REGIONS[code].weight]);

/** The plan of organisation number `unit`. */
export function planUnit(seed: number, unit: number): UnitPlan {
  const planned = COVERAGE_PLAN[unit];
  if (planned) return planned;
  const random = new Random(`plan:${seed}:${unit}`);
  const region = random.weighted(REGION_WEIGHTS);
  let type = random.weighted(TYPE_WEIGHTS);
  while (isGap(region, type)) type = random.weighted(TYPE_WEIGHTS);
  const isProvinceWide = (type === 'interpretation' || type === 'legal') && random.chance(0.03);
  return { region, type, isProvinceWide };
}
