import type { OrgUnit } from '../reference/org-unit';

/**
 * Communes merged on 1/7/2025: a former commune's unit carries `successorCode`. A recognition it held is
 * shown against the commune that exists today, with the history of who held it.
 */
export function currentSuccessor(units: readonly OrgUnit[], code: string): OrgUnit | undefined {
  const seen = new Set<string>();
  let unit = units.find((u) => u.code === code);
  while (unit?.successorCode && !seen.has(unit.code)) {
    seen.add(unit.code);
    unit = units.find((u) => u.code === unit!.successorCode);
  }
  return unit;
}

/** The commune itself and every unit that merged into it, directly or through another merger. */
export function lineageOf(units: readonly OrgUnit[], code: string): OrgUnit[] {
  const self = units.find((u) => u.code === code);
  if (!self) return [];
  const out: OrgUnit[] = [self];
  for (let i = 0; i < out.length; i++) {
    for (const u of units) if (u.successorCode === out[i].code && !out.includes(u)) out.push(u);
  }
  return out;
}

export interface RecognitionRecord {
  communeCode: string;
  level: string;
  year: number;
  outcome: 'DAT' | 'KHONG_DAT';
  recognisedOn: string;
  revokedOn: string | null;
}

/** A commune's recognitions, its predecessors' included, each saying which unit held it (newest first). */
export function recognitionHistory(
  units: readonly OrgUnit[],
  code: string,
  records: readonly RecognitionRecord[],
): (RecognitionRecord & { heldBy: { code: string; name: string; validTo: string | null } })[] {
  const lineage = lineageOf(units, code);
  return records
    .filter((r) => lineage.some((u) => u.code === r.communeCode))
    .map((r) => {
      const u = lineage.find((x) => x.code === r.communeCode)!;
      return { ...r, heldBy: { code: u.code, name: u.name, validTo: u.validTo } };
    })
    .sort((a, b) => b.recognisedOn.localeCompare(a.recognisedOn));
}
