/**
 * The council's vote: it may still be open, carry, fail, or lack the members to decide. Without quorum,
 * a council seated by the appraiser is dissolved and re-convened where it sat (RECONVENE: the dossier
 * stays, the appraiser seats other members, then a new vote); dossiers that took their council from
 * configuration go back to the appraisal (NO_QUORUM), as they always did.
 *
 * A re-convened council does not restart COUNCIL_REVIEW's time. The stage's legal time keeps running:
 * that a council could not decide is the Department's failure (it seats the council and answers for its
 * members' conflicts), not the applicant's, and the time the procedure gives the Department for the
 * stage does not start again because it has to seat a second council. So the stage visit goes on with
 * its deadline, its 75 % warning and its breach as they were (CouncilDissolved, no StageChanged); only
 * an operator's EXTEND_DEADLINE, with a reason on record, gives the stage more time. Decision of the
 * project (#15): no text of the Đồng Nai procedure says otherwise [unverified: check the council rules].
 */
export const councilOutcomes = {
  PENDING: null,
  APPROVED: 'LEADER_APPROVAL',
  REJECTED: 'REJECTED',
  NO_QUORUM: 'DEPARTMENT_APPRAISAL',
  RECONVENE: null,
} as const;
