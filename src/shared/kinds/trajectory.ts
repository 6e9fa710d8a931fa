/**
 * The unified intervention trajectory of the action plan (../shared/seed/plan-d-action.txt):
 * the immigration sector prevents, screens and refers; the violence sector coordinates with
 * the referring intervenor, offers adapted intervention, shelter or external services, and
 * post-shelter follow-up. Stages in the plan's order.
 */
import { z } from 'zod';

export const TRAJECTORY_STAGES = [
  'prevention',
  'screening',
  'referral',
  'adapted-intervention',
  'shelter-or-external-services',
  'post-shelter-follow-up',
] as const;
export const trajectoryStageSchema = z.enum(TRAJECTORY_STAGES);
export type TrajectoryStage = z.infer<typeof trajectoryStageSchema>;

/** Who carries a checklist: one sector, or both together. */
export const CHECKLIST_SECTORS = ['immigration', 'violence', 'both'] as const;
export const checklistSectorSchema = z.enum(CHECKLIST_SECTORS);
export type ChecklistSector = z.infer<typeof checklistSectorSchema>;
