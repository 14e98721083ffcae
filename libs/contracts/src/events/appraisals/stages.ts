// The support-request workflow's stages (the events of a dossier moving through them: stage-changed.ts, supplement-requested.ts).
import { z } from 'zod';

/** Stages of the support-request workflow, end states included (architecture.md §4.2). */
export const stageSchema = z.enum([
  'RECEPTION',
  'LOCAL_REVIEW',
  'DEPARTMENT_APPRAISAL',
  'COUNCIL_REVIEW',
  'LEADER_APPROVAL',
  'IMPLEMENTATION',
  'ACCEPTANCE',
  'DISBURSEMENT',
  'COMPLETED',
  'REFUSED',
  'REJECTED',
  'WITHDRAWN',
  'EXPIRED',
  'CANCELLED',
]);
export type Stage = z.infer<typeof stageSchema>;
