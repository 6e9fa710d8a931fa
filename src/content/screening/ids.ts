/**
 * Deterministic record ids (CONTRACTS.md): a name-based UUID (RFC 9562 version 5, SHA-1)
 * of a stable name such as `checklist/referral`, so that importing the pack again updates
 * the same records instead of duplicating them. Never rename a name once published.
 */
import { createHash } from 'node:crypto';

// DO NOT CHANGE: every published screening record id derives from it.
const NAMESPACE = '6f1d7a52-3c2e-4b8a-9d4f-0e5b7c9a1f23';

export function contentId(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = Uint8Array.from(hash.subarray(0, 16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const SCREENING_IDS = {
  guide: contentId('guide/screening-conversation'),
  protocolProvince: contentId('protocol/province'),
  protocolDemoRegion: contentId('protocol/demo-region-08'),
  checklists: {
    prevention: contentId('checklist/prevention'),
    screening: contentId('checklist/screening'),
    referral: contentId('checklist/referral'),
    receiving: contentId('checklist/receiving-and-coordinating'),
    shelter: contentId('checklist/shelter'),
    externalServices: contentId('checklist/external-services'),
    postShelter: contentId('checklist/post-shelter-follow-up'),
  },
} as const;
