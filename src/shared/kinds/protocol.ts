/**
 * Trajectory protocols. The province-wide protocol describes every stage of the unified
 * trajectory: what each sector does, how the feminist, intercultural and intersectional
 * approaches apply, and which checklists open from it. A region publishes its own protocol
 * (its particularities: distances, agreements between organisations, who to call first)
 * as another record with its region as `scope`; devices receive both by sync.
 */
import { z } from 'zod';
import { regionCodeSchema } from '../regions.ts';
import { revisionSchema, slugSchema, sourceTextSchema } from './authored.ts';
import { TRAJECTORY_STAGES, trajectoryStageSchema } from './trajectory.ts';

export const approachesSchema = z.object({
  feminist: sourceTextSchema,
  intercultural: sourceTextSchema,
  intersectional: sourceTextSchema,
});
export type Approaches = z.infer<typeof approachesSchema>;

export const protocolStageSchema = z.object({
  stage: trajectoryStageSchema,
  summary: sourceTextSchema.optional(),
  /** What the immigration sector does at this stage. */
  immigrationSector: z.array(sourceTextSchema).default([]),
  /** What the violence sector does at this stage. */
  violenceSector: z.array(sourceTextSchema).default([]),
  approaches: approachesSchema.optional(),
  checklistIds: z.array(z.uuid()).default([]),
  /** A regional protocol's particularities at this stage. */
  regionalNotes: z.array(sourceTextSchema).default([]),
});
export type ProtocolStage = z.infer<typeof protocolStageSchema>;

export const protocolDataSchema = z
  .object({
    slug: slugSchema,
    revision: revisionSchema,
    /** `province` for the shared trajectory, or the region the protocol belongs to. */
    scope: z.union([z.literal('province'), regionCodeSchema]),
    title: sourceTextSchema,
    summary: sourceTextSchema,
    /** Who agreed to it and when, as the region states it. */
    agreedBy: sourceTextSchema.optional(),
    stages: z.array(protocolStageSchema).min(1),
    demo: z.boolean().default(false),
  })
  .superRefine((protocol, context) => {
    const stages = protocol.stages.map((stage) => stage.stage);
    if (new Set(stages).size !== stages.length) {
      context.addIssue({ code: 'custom', path: ['stages'], message: 'a stage is listed twice' });
    }
    const order = stages.map((stage) => TRAJECTORY_STAGES.indexOf(stage));
    if (order.some((position, index) => index > 0 && position < (order[index - 1] ?? 0))) {
      context.addIssue({ code: 'custom', path: ['stages'], message: 'stages must follow the trajectory order' });
    }
    if (protocol.scope !== 'province') return;
    for (const stage of TRAJECTORY_STAGES) {
      const entry = protocol.stages.find((candidate) => candidate.stage === stage);
      if (!entry) {
        context.addIssue({ code: 'custom', path: ['stages'], message: `the province-wide protocol needs the stage "${stage}"` });
      } else if (!entry.approaches || entry.immigrationSector.length + entry.violenceSector.length === 0) {
        context.addIssue({
          code: 'custom',
          path: ['stages', protocol.stages.indexOf(entry)],
          message: 'each stage of the province-wide protocol says what the sectors do and how the approaches apply',
        });
      }
    }
  });
export type ProtocolData = z.infer<typeof protocolDataSchema>;
