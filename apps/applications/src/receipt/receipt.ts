/** What the one-stop desk hands the applicant when a dossier is received (Form 01). */
export interface Receipt {
  /** e.g. KC-2026-000123 */
  dossierCode: string;
  /** Printed so the applicant can look the dossier up publicly together with the dossier code. */
  lookupSecret: string;
  applicantName: string;
  programNameVi: string;
  programCode: string;
  /** Unit that received the dossier. */
  localUnitName: string;
  /** ISO datetime */
  receivedAt: string;
  /** ISO date (YYYY-MM-DD) */
  expectedResultDate: string;
  documents: { nameVi: string; fileName: string }[];
  proposedSupportVnd: number;
  rulePackId: string;
  publicLookupUrl: string;
}
