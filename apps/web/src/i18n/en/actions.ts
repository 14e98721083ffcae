// Officer: the action names and the fields of their forms. English, the same shape as ../vi/actions.ts
// (checked by the compiler).
import type { Shape } from '../shape';
import type { actionsVi } from '../vi/actions';

const actionTypes = {
  ACCEPT: 'Accept the dossier',
  REQUEST_SUPPLEMENT: 'Request a supplement',
  REFUSE: 'Refuse at reception',
  RECOMMEND: 'Local verification opinion',
  RETURN_TO_LOCAL: 'Return to the local office',
  PROPOSE_AMOUNT: 'Propose the support amount',
  DECLARE_CONFLICT: 'Declare conflicts of interest',
  VOTE: 'Vote',
  APPROVE: 'Approve',
  DECLINE: 'Decline',
  RECORD_ACCEPTANCE: 'Record the acceptance (nghiệm thu)',
  RECORD_DISBURSEMENT: 'Record the disbursement',
  REASSIGN: 'Reassign',
  EXTEND_DEADLINE: 'Extend the deadline',
  CANCEL: 'Cancel the dossier',
  SEAT_COUNCIL: 'Seat the council',
};

export const actionsEn: Shape<typeof actionsVi> = {
  actions: {
    type: actionTypes,
    submit: {
      ...actionTypes,
      ACCEPT: 'Accept',
      REQUEST_SUPPLEMENT: 'Send the request',
      REFUSE: 'Refuse',
      RECOMMEND: 'Send the opinion',
      PROPOSE_AMOUNT: 'Send the proposal',
      DECLARE_CONFLICT: 'Send the declaration',
      VOTE: 'Send the vote',
      RECORD_ACCEPTANCE: 'Record',
      RECORD_DISBURSEMENT: 'Record',
    },
    done: 'Done: {action}.',
    reason: 'Reason',
    note: 'Note',
    supports: 'Local office’s opinion',
    supportsYes: 'Recommend support',
    supportsNo: 'Do not recommend',
    amount: 'Proposed support (VND)',
    maxAmount: 'The rules allow at most {amount}.',
    hasConflict: 'Do you have a conflict of interest with this dossier?',
    conflictYes: 'I have a conflict (I step out)',
    conflictNo: 'No conflict of interest',
    vote: 'Vote',
    voteYes: 'Approve the support',
    voteNo: 'Do not approve',
    passed: 'Acceptance result',
    passedYes: 'Passed',
    passedNo: 'Failed',
    disbursed: 'Amount disbursed (VND)',
    supplementIntro: 'Tick each missing or wrong document and say why (Form 02).',
    supplementReason: 'Why supplement: {document}',
  },
};
