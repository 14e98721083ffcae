/** Anything versioned by the date it takes effect: rule packs, OCOP packs. */
export interface Versioned {
  id: string;
  /** First day (ISO date) it applies. */
  effectiveFrom: string;
}

/** The version in force on a day (ISO date): the latest whose effectiveFrom is on or before it. */
export function versionInForce<T extends Versioned>(versions: readonly T[], day: string, what: string): T {
  let found: T | undefined;
  for (const v of versions) if (v.effectiveFrom <= day && (!found || v.effectiveFrom > found.effectiveFrom)) found = v;
  if (!found) throw new RangeError(`no ${what} in force on ${day}`);
  return found;
}

/** A version by id, e.g. the one a dossier keeps for its whole life. */
export function versionById<T extends Versioned>(versions: readonly T[], id: string, what: string): T {
  const found = versions.find((v) => v.id === id);
  if (!found) throw new RangeError(`unknown ${what} ${id}`);
  return found;
}
