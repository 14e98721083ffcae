import type { NotificationRule } from './recipient-spec';

/** A new-rural appraisal's commune: its officers self-assess and answer, its leader hears the outcome. */
const commune = (role: string) =>
  ({ kind: 'unitRole', unit: (f: Record<string, unknown>) => f.communeCode, role }) as const;
/** Whoever a rural stage opened a task for (null unit or role: a stage nobody works on, such as the end). */
const ruralTaskHolder = {
  kind: 'unitRole',
  unit: (f: Record<string, unknown>) => f.unitCode,
  role: (f: Record<string, unknown>) => f.role,
} as const;
const escalatedRural = {
  kind: 'unitRole',
  unit: (f: Record<string, unknown>) => (f.escalatedTo as { unitCode: string }).unitCode,
  role: (f: Record<string, unknown>) => (f.escalatedTo as { role: string }).role,
} as const;

/** Who hears of each new-rural appraisal event: the commune's officers or leader, or the task's holder. */
export const ruralRules: Readonly<Record<string, readonly NotificationRule[]>> = {
  RuralCriteriaStageChanged: [
    { recipients: ruralTaskHolder, template: 'rural-task', when: (f) => f.from !== f.to && !!f.unitCode && !!f.role },
  ],
  RuralCriteriaSupplementRequested: [{ recipients: commune('LOCAL_OFFICER'), template: 'rural-supplement' }],
  RuralCriteriaStageOverdue: [{ recipients: escalatedRural, template: 'rural-overdue' }],
  RuralCriteriaConcluded: [
    { recipients: commune('LOCAL_OFFICER'), template: 'rural-conclusion' },
    { recipients: commune('LOCAL_LEADER'), template: 'rural-conclusion' },
  ],
  RuralRecognitionRevoked: [{ recipients: commune('LOCAL_LEADER'), template: 'rural-revoked' }],
};
