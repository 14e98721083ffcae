/** Who acts on a dossier, as the appraisals API passes it from the verified token. */
export interface Actor {
  userId: string;
  roles: readonly string[];
  unitCode: string | null;
}

export type OfficerAction =
  | { type: 'ACCEPT' }
  | { type: 'REQUEST_SUPPLEMENT'; items: { documentCode: string; reasonVi: string }[] }
  | { type: 'REFUSE'; reason: string }
  | { type: 'RECOMMEND'; supports: boolean; note: string }
  | { type: 'RETURN_TO_LOCAL'; reason: string }
  | { type: 'PROPOSE_AMOUNT'; amountVnd: number; note?: string }
  | { type: 'DECLARE_CONFLICT'; hasConflict: boolean }
  | { type: 'VOTE'; approve: boolean; note?: string }
  | { type: 'APPROVE' }
  | { type: 'DECLINE'; reason: string }
  | { type: 'RECORD_ACCEPTANCE'; passed: boolean; note: string }
  | { type: 'RECORD_DISBURSEMENT'; amountVnd: number }
  // Operators, at any stage that has not ended:
  | { type: 'REASSIGN'; assigneeId: string; reason: string }
  | { type: 'EXTEND_DEADLINE'; workingDays: number; reason: string }
  | { type: 'CANCEL'; reason: string };
