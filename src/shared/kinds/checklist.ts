/**
 * Referral checklists: what to do at one stage of the trajectory, in groups of items an
 * intervenor ticks. Intervenor-facing (fr + en). Ticks live in memory, or in a case on the
 * device when the intervenor saves them there; never on the server.
 */
import { z } from 'zod';
import { regionCodeSchema } from '../regions.ts';
import { revisionSchema, slugSchema, sourceTextSchema } from './authored.ts';
import { checklistSectorSchema, trajectoryStageSchema } from './trajectory.ts';

export const checklistItemSchema = z.object({
  id: slugSchema,
  text: sourceTextSchema,
  /** How, or why: shown under the item. */
  detail: sourceTextSchema.optional(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistGroupSchema = z.object({
  id: slugSchema,
  title: sourceTextSchema,
  items: z.array(checklistItemSchema).min(1),
});
export type ChecklistGroup = z.infer<typeof checklistGroupSchema>;

export const checklistDataSchema = z
  .object({
    slug: slugSchema,
    revision: revisionSchema,
    stage: trajectoryStageSchema,
    sector: checklistSectorSchema,
    title: sourceTextSchema,
    purpose: sourceTextSchema,
    groups: z.array(checklistGroupSchema).min(1),
    /** Set for a checklist that belongs to a regional protocol. */
    region: regionCodeSchema.optional(),
    demo: z.boolean().default(false),
  })
  .superRefine((checklist, context) => {
    const seen = new Set<string>();
    checklist.groups.forEach((group, g) =>
      group.items.forEach((item, i) => {
        if (seen.has(item.id)) {
          context.addIssue({ code: 'custom', path: ['groups', g, 'items', i, 'id'], message: `"${item.id}" appears twice` });
        }
        seen.add(item.id);
      }),
    );
  });
export type ChecklistData = z.infer<typeof checklistDataSchema>;
