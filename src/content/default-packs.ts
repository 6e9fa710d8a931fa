/**
 * The packs an empty server imports on first start (CONTRACTS.md, "Default content
 * packs"). Each feature exports its pack builder from `src/content/<area>/` and adds one
 * line here. Record ids are deterministic UUIDs, so a re-import updates instead of
 * duplicating.
 */
import type { ContentPack } from '../shared/content-pack.ts';
import { articlesPack } from './articles/index.ts';
import { guidesPack } from './screening/pack.ts';

export function defaultPacks(): ContentPack[] {
  return [guidesPack(), articlesPack()];
}
