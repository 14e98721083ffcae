import { ruralLevels, type RuralLevel } from './criteria.types';
import type { RuralStage } from './rural-stages';

/** The plan's yearly targets: how many communes (or residential areas) should reach each level. */
export interface RuralPlanTarget {
  year: number;
  legalBasis: string;
  targets: Partial<Record<RuralLevel, number>>;
}

/** Plan 1620/KH-SCT (16/4/2020), from QĐ 700/QĐ-UBND (09/3/2020): the first entry (domain.md §1). */
export const ruralPlanTargets: readonly RuralPlanTarget[] = [
  {
    year: 2020,
    legalBasis: 'KH 1620/KH-SCT ngày 16/4/2020; QĐ 700/QĐ-UBND ngày 09/3/2020',
    targets: { ADVANCED: 13, MODEL: 3, MODEL_RESIDENTIAL_AREA: 10 },
  },
];

export interface LevelProgress {
  level: RuralLevel;
  target: number | null;
  registered: number;
  inAppraisal: number;
  passed: number;
  failed: number;
  revoked: number;
  /** Passed, plus the pipeline at the pass rate seen so far (all of it while nothing has been decided). */
  forecast: number;
  /** Target minus forecast (0 when the forecast reaches it), null without a target. */
  gap: number | null;
}

/** Which progress column a stage counts in. */
const bucketOf: Record<RuralStage, 'inAppraisal' | 'passed' | 'failed' | 'revoked' | null> = {
  SELF_ASSESSMENT: 'inAppraisal',
  LOCAL_VERIFICATION: 'inAppraisal',
  POWER_CONFIRMATION: 'inAppraisal',
  SITE_INSPECTION: 'inAppraisal',
  DEPARTMENT_APPRAISAL: 'inAppraisal',
  CONCLUSION: 'inAppraisal',
  SUPPLEMENT: 'inAppraisal',
  PASSED: 'passed',
  NOT_MET: 'failed',
  EXPIRED: 'failed',
  REVOKED: 'revoked',
  CANCELLED: null,
};

/** Progress of a year's registrations (one row per appraisal: its level and current stage) against the plan. */
export function planProgress(
  year: number,
  appraisals: readonly { level: RuralLevel; stage: RuralStage }[],
  targets: readonly RuralPlanTarget[] = ruralPlanTargets,
): { year: number; legalBasis: string | null; levels: LevelProgress[] } {
  const plan = targets.find((t) => t.year === year);
  const levels = ruralLevels.map((level): LevelProgress => {
    const rows = appraisals.filter((a) => a.level === level);
    const count = (b: string) => rows.filter((r) => bucketOf[r.stage] === b).length;
    const [inAppraisal, passed, failed, revoked] = ['inAppraisal', 'passed', 'failed', 'revoked'].map(count);
    const decided = passed + failed;
    const forecast = passed + (decided === 0 ? inAppraisal : Math.floor((inAppraisal * passed) / decided));
    const target = plan?.targets[level] ?? null;
    return {
      level,
      target,
      registered: rows.filter((r) => r.stage !== 'CANCELLED').length,
      inAppraisal,
      passed,
      failed,
      revoked,
      forecast,
      gap: target === null ? null : Math.max(target - forecast, 0),
    };
  });
  return { year, legalBasis: plan?.legalBasis ?? null, levels };
}
