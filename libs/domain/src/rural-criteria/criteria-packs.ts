import { versionById, versionInForce, type Versioned } from '../versioning/in-force';
import { criteria2021to2025 } from './criteria-2021-2025';
import { criteria2026to2030 } from './criteria-2026-2030';
import type { CommuneGroup, RuralLevel, RuralPeriod, RuralRegion } from './criteria.types';
import type { CriteriaTemplate } from './indicator.types';

/** The criteria of one period: every template of every level, region and commune group. */
export interface RuralCriteriaPack extends Versioned {
  period: RuralPeriod;
  legalBasis: string;
  /** Levels keyed by region (2021–2025) or by commune group (2026–2030). */
  keyedBy: 'REGION' | 'GROUP';
  templates: readonly CriteriaTemplate[];
}

const residentialArea = criteria2021to2025.find((t) => t.level === 'MODEL_RESIDENTIAL_AREA')!;

export const ruralCriteriaPacks: readonly RuralCriteriaPack[] = [
  {
    id: 'ntm-2021-2025',
    effectiveFrom: '2022-03-08',
    period: '2021-2025',
    legalBasis: 'QĐ 318/QĐ-TTg, 319/QĐ-TTg ngày 08/3/2022; QĐ 1327/QĐ-BCT ngày 03/6/2024',
    keyedBy: 'REGION',
    templates: criteria2021to2025,
  },
  {
    id: 'ntm-2026-2030',
    effectiveFrom: '2026-02-15',
    period: '2026-2030',
    legalBasis: 'QĐ 51/2025/QĐ-TTg ngày 29/12/2025',
    keyedBy: 'GROUP',
    // The province's model-residential-area set is not tied to the national period.
    templates: [
      ...criteria2026to2030,
      { ...residentialArea, id: '2026-2030/MODEL_RESIDENTIAL_AREA/DONG_NAI', period: '2026-2030' },
    ],
  },
];

/** Đồng Nai is in the South-East (Đông Nam Bộ): the 100 % advanced threshold applies (domain.md §3.2). */
export const DONG_NAI_REGION: RuralRegion = 'SOUTH_EAST';

/** A commune keeps the pack in force on the day it registered for the year's appraisal. */
export function ruralPackForRegistration(registeredOn: string): RuralCriteriaPack {
  return versionInForce(ruralCriteriaPacks, registeredOn, 'new-rural criteria pack');
}

export function ruralPackById(id: string): RuralCriteriaPack {
  return versionById(ruralCriteriaPacks, id, 'new-rural criteria pack');
}

export interface TemplateKey {
  level: RuralLevel;
  region?: RuralRegion;
  group?: CommuneGroup;
}

/** The template of a level for a region (2021–2025) or commune group (2026–2030); undefined if the pack has none. */
export function findTemplate(pack: RuralCriteriaPack, key: TemplateKey): CriteriaTemplate | undefined {
  return pack.templates.find(
    (t) =>
      t.level === key.level &&
      (t.region === undefined || t.region === key.region) &&
      (t.group === undefined || t.group === key.group),
  );
}

export function templateById(id: string): CriteriaTemplate {
  for (const pack of ruralCriteriaPacks) {
    const found = pack.templates.find((t) => t.id === id);
    if (found) return found;
  }
  throw new RangeError(`unknown new-rural criteria template ${id}`);
}
