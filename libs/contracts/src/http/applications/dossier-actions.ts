// What an applicant's actions on a submitted dossier send and answer: withdrawal, a supplement answered.

export interface WithdrawRequest {
  reason: string;
}

export interface WithdrawAnswer {
  id: string;
  status: 'WITHDRAWN';
}

/** A supplement request answered with the documents uploaded for it; the paused stage resumes. */
export interface SupplementAnswer {
  id: string;
  status: 'IN_REVIEW';
  supplementRequestId: string;
  documentIds: string[];
}
