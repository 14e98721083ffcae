// The operations API's list of new-rural criteria appraisals (one row per commune and year).

/** A new-rural criteria appraisal of a year, where it stands, who holds it, by when. */
export interface RuralAppraisalRow<At = string> {
  appraisalId: string;
  commune: string;
  unitCode: string | null;
  level: string | null;
  targetYear: number | null;
  stage: string | null;
  holder: string | null;
  stageUnitCode: string | null;
  stageDueAt: At | null;
  breached: boolean;
  registeredAt: At | null;
  concludedAt: At | null;
  outcome: string | null;
}
