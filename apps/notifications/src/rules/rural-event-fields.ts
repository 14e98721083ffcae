import type { z } from 'zod';
import {
  ruralCriteriaConcludedV1,
  ruralCriteriaStageChangedV1,
  ruralCriteriaStageOverdueV1,
  ruralCriteriaSupplementRequestedV1,
  ruralRecognitionRevokedV1,
} from '@kc/contracts';

/** What every new-rural notice names: the commune, the level and the year it is appraised for. */
const ruralFields = { appraisalId: true, communeCode: true, level: true, targetYear: true } as const;

/** The fields of the new-rural appraisal events that notices use. */
export const ruralEventFields: Readonly<Record<string, z.ZodType<Record<string, unknown>>>> = {
  RuralCriteriaStageChanged: ruralCriteriaStageChangedV1
    .pick({ ...ruralFields, from: true, to: true, unitCode: true, role: true, dueAt: true, note: true })
    .loose(),
  RuralCriteriaSupplementRequested: ruralCriteriaSupplementRequestedV1
    .pick({ ...ruralFields, items: true, dueDate: true })
    .loose(),
  RuralCriteriaStageOverdue: ruralCriteriaStageOverdueV1
    .pick({ ...ruralFields, stage: true, dueAt: true, escalatedTo: true })
    .loose(),
  RuralCriteriaConcluded: ruralCriteriaConcludedV1
    .pick({ ...ruralFields, outcome: true, conclusionNumber: true, concludedAt: true })
    .loose(),
  RuralRecognitionRevoked: ruralRecognitionRevokedV1.pick({ ...ruralFields, reason: true, revokedAt: true }).loose(),
};
