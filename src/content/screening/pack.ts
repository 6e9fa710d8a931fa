/**
 * `guidesPack()`: the screening guide, the referral checklists of every trajectory stage
 * and the trajectory protocols, as one content pack with deterministic ids (CONTRACTS.md).
 * The server imports it with the default packs; devices receive it by sync.
 */
import type { ContentPack, PackRecord } from '../../shared/content-pack.ts';
import { EXTERNAL_SERVICES, RECEIVING, SHELTER } from './checklists/violence-sector.ts';
import { PREVENTION, SCREENING } from './checklists/immigration-sector.ts';
import { POST_SHELTER } from './checklists/post-shelter.ts';
import { REFERRAL } from './checklists/referral.ts';
import { screeningGuide } from './guide/index.ts';
import { SCREENING_IDS } from './ids.ts';
import { DEMO_REGIONAL_PROTOCOL } from './protocol/demo-region.ts';
import { PROVINCE_PROTOCOL } from './protocol/province.ts';
import { womanTexts } from './woman-text.ts';

/** Raise when any record of the pack changes. */
export const GUIDES_PACK_VERSION = '2026.11.26';

export function guidesPack(): ContentPack {
  const c = SCREENING_IDS.checklists;
  const records: PackRecord[] = [
    { kind: 'guide', id: SCREENING_IDS.guide, deleted: false, data: screeningGuide(womanTexts()) },
    { kind: 'checklist', id: c.prevention, deleted: false, data: PREVENTION },
    { kind: 'checklist', id: c.screening, deleted: false, data: SCREENING },
    { kind: 'checklist', id: c.referral, deleted: false, data: REFERRAL },
    { kind: 'checklist', id: c.receiving, deleted: false, data: RECEIVING },
    { kind: 'checklist', id: c.shelter, deleted: false, data: SHELTER },
    { kind: 'checklist', id: c.externalServices, deleted: false, data: EXTERNAL_SERVICES },
    { kind: 'checklist', id: c.postShelter, deleted: false, data: POST_SHELTER },
    { kind: 'protocol', id: SCREENING_IDS.protocolProvince, deleted: false, data: PROVINCE_PROTOCOL },
    { kind: 'protocol', id: SCREENING_IDS.protocolDemoRegion, deleted: false, data: DEMO_REGIONAL_PROTOCOL },
  ];
  return {
    manifest: {
      name: 'screening-guides',
      version: GUIDES_PACK_VERSION,
      created: '2026-11-26T00:00:00Z',
      source: 'Passerelle — original content written for the project (screening guide, referral checklists, trajectory).',
    },
    records,
  };
}
