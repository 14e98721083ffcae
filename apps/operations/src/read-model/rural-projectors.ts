import type { DatedFact, Payload } from './case-facts';
import { str } from './case-facts';

/**
 * New-rural criteria appraisals (appraisals service, aggregate `RuralCriteriaAppraisal`) as cases of kind
 * RURAL, programme RURAL: one per appraisal, its unit today's commune (the successor of a commune merged on
 * 1/7/2025), its stage visits with due dates and holders like a dossier's. A supplement is a stage of its
 * own (SUPPLEMENT, held by the commune), so it needs no pause.
 */
const appraisal = (p: Payload, at: unknown, fact: DatedFact['fact']): DatedFact[] => [
  { caseId: String(p.appraisalId), at: String(at), fact },
];

const conclusionOutcome: Readonly<Record<string, string>> = { DAT: 'PASSED', KHONG_DAT: 'NOT_MET' };

export const ruralProjectors: Readonly<Record<string, (p: Payload) => DatedFact[]>> = {
  RuralCriteriaRegistered: (p) =>
    appraisal(p, p.registeredAt, {
      kind: 'OPENED',
      caseKind: 'RURAL',
      code: [p.communeName, p.areaName].filter(Boolean).join(' — '),
      programCode: 'RURAL',
      unitCode: str(p, 'communeSuccessorCode') ?? String(p.communeCode),
      productGroup: null,
      expectedResultDate: null,
      ruralLevel: String(p.level),
      targetYear: Number(p.targetYear),
    }),
  RuralCriteriaStageChanged: (p) =>
    appraisal(p, p.changedAt, {
      kind: 'STAGE',
      stage: String(p.to),
      unitCode: str(p, 'unitCode'),
      dueAt: str(p, 'dueAt'),
    }),
  RuralCriteriaStageOverdue: (p) => appraisal(p, p.overdueAt, { kind: 'BREACHED', stage: String(p.stage) }),
  RuralCriteriaConcluded: (p) =>
    appraisal(p, p.concludedAt, {
      kind: 'DECIDED',
      outcome: conclusionOutcome[String(p.outcome)] ?? String(p.outcome),
    }),
};
