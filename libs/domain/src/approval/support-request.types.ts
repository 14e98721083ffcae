import type { Stage } from '@kc/contracts';

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
  | { type: 'RECORD_DISBURSEMENT'; amountVnd: number };

export interface CouncilMember {
  userId: string;
  /** undefined until declared; a member with a conflict may neither see nor vote. */
  conflict?: boolean;
  vote?: boolean;
}

/** What the workflow remembers between human steps (its Query returns this). */
export interface SupportRequestState {
  stage: Stage;
  /** Local unit (district before 1/7/2025, commune after) that handles RECEPTION and LOCAL_REVIEW. */
  localUnitCode: string;
  /** Ceiling from the rule pack, computed at submission; the Department may propose less, never more. */
  maxSupportVnd: number;
  appraiserId?: string;
  proposedAmountVnd?: number;
  council: CouncilMember[];
  /** Quorum as a fraction of the council (members with a conflict count as absent). */
  quorum: { numerator: number; denominator: number };
  awaitingSupplement: boolean;
  acceptedAmountVnd?: number;
  disbursedVnd: number;
}

/** What a decided step produces; the workflow turns each into an outbox event through an activity. */
export type StageEvent =
  | { type: 'StageChanged'; from: Stage; to: Stage; note: string | null }
  | { type: 'SupplementRequested'; items: { documentCode: string; reasonVi: string }[] }
  | { type: 'ApplicationRefused'; reason: string }
  | { type: 'ApplicationRejected'; reason: string }
  | { type: 'ApplicationApproved'; amountVnd: number }
  | { type: 'DisbursementRecorded'; amountVnd: number }
  | { type: 'ApplicationCompleted' };

export type Verdict = { ok: true } | { ok: false; reasonVi: string; reasonEn: string };
