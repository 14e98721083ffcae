/** Kinds of organisational unit the platform routes work to. */
export type OrgUnitKind = 'PROVINCE' | 'DEPARTMENT' | 'CENTER' | 'DISTRICT' | 'COMMUNE' | 'WARD' | 'COUNCIL';

/**
 * An organisational unit with validity dates: the district tier ended on 30 June 2025 (two-tier local
 * government from 1 July 2025), so historic dossiers keep pointing at units that no longer exist.
 */
export interface OrgUnit {
  code: string;
  /** Official Vietnamese name, with diacritics. */
  name: string;
  kind: OrgUnitKind;
  parentCode: string | null;
  /** First day the unit exists (ISO date). */
  validFrom: string;
  /** Last day the unit exists (ISO date), or null while it does. */
  validTo: string | null;
  /** The unit it merged into when it ended (communes merged on 1/7/2025); absent otherwise. */
  successorCode?: string;
}

/** Whether the unit exists on a day (ISO date). */
export function isUnitValidOn(unit: OrgUnit, day: string): boolean {
  return unit.validFrom <= day && (unit.validTo === null || day <= unit.validTo);
}
