import { dongNaiUnitsFile, parseOrgUnits, stageLabels } from '@kc/domain';
import { ruralLevelNames, ruralStageNames } from '@kc/domain/rural-criteria';

// The names notices show instead of codes, vi and en.

/** The domain's one table of stage names, which the applicant's timeline shows too. */
export const STAGES: Readonly<Record<string, { vi: string; en: string }>> = stageLabels;

/** Đồng Nai's units by code, for naming a commune instead of showing its code. */
export const UNIT_NAMES: ReadonlyMap<string, string> = new Map(
  parseOrgUnits(dongNaiUnitsFile).map((u) => [u.code, u.name]),
);

export const RURAL_STAGES: Readonly<Record<string, { vi: string; en: string }>> = ruralStageNames;
export const RURAL_LEVELS: Readonly<Record<string, { vi: string; en: string }>> = ruralLevelNames;
export const VERDICTS: Readonly<Record<string, { vi: string; en: string }>> = {
  DAT: { vi: 'Đạt', en: 'met' },
  KHONG_DAT: { vi: 'Không đạt', en: 'not met' },
};
