import type { OcopLevel, OcopPart, OcopStars, Points } from '@kc/domain/ocop';
import type { RecordedStepContext } from '../step-recorder';
import type { OcopActor, OcopCouncilMember, OcopEvaluationStage, OcopLevelResult } from './ocop-evaluation.types';

/** One step of an evaluation the ocop service records (rows and outbox events, in one transaction). */
export type OcopStep =
  | { kind: 'EVALUATION_STARTED'; levels: { level: OcopLevel; role: 'REPORT' | 'EVALUATE' }[] }
  | { kind: 'COUNCIL_OPENED'; level: OcopLevel; members: OcopCouncilMember[]; quorum: number; templateId: string }
  | { kind: 'CONFLICT_DECLARED'; level: OcopLevel; memberId: string; hasConflict: boolean; note: string | null }
  | {
      kind: 'SHEET_SUBMITTED';
      level: OcopLevel;
      memberId: string;
      templateId: string;
      points: Record<string, Points>;
      partTotals: Record<OcopPart, Points>;
      total: Points;
    }
  | { kind: 'COMMUNE_REPORTED'; by: string; summary: string }
  | { kind: 'LEVEL_RESULT'; level: OcopLevel; result: OcopLevelResult }
  | { kind: 'STARS_AWARDED'; stars: OcopStars; recognisedBy: OcopLevel; averageTotal: number | null }
  | { kind: 'HIGHER_ANSWER_OVERDUE'; proposedTo: OcopLevel; waitedDays: number }
  | { kind: 'HIGHER_ANSWERED'; level: OcopLevel; stars: OcopStars; decisionRef: string; awarded: boolean }
  | { kind: 'CERTIFICATE_EXPIRING'; certificateNumber: string }
  | { kind: 'CERTIFICATE_EXPIRED'; certificateNumber: string }
  | { kind: 'EVALUATION_ABANDONED'; level: OcopLevel; by: string; reason: string }
  | { kind: 'EVALUATION_ENDED'; stage: OcopEvaluationStage };

/** The recorder's (workflowId, sequence, at), and the round the step belongs to. */
interface StepContext extends RecordedStepContext {
  evaluationId: string;
  productId: string;
  round: number;
  packId: string;
}

/** Activities of `ocopEvaluationWorkflow`; the ocop service implements them (imported here as a type only). */
export interface OcopEvaluationActivities {
  recordOcopStep(input: StepContext & { actor: OcopActor | null; step: OcopStep }): Promise<void>;
  /** Allocates the certificate number, stores the certificate and publishes OcopCertificateIssued, once. */
  issueOcopCertificate(
    input: StepContext & {
      stars: OcopStars;
      issuedBy: OcopLevel;
      issueDate: string;
      expiryDate: string;
      reminderDate: string;
    },
  ): Promise<{ certificateNumber: string }>;
}
