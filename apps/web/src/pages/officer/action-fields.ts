// The forms of the officer actions, as a table: which fields each action asks for, with the reasons the
// law requires (a refusal, a return, a decline: a reason; a recommendation, an acceptance: a note; a
// supplement: each document with why). The workflow's validator has the last word (409, bilingual).
import type { ActionType } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';

export type FieldKind = 'reason' | 'note' | 'optionalNote' | 'yesNo' | 'amount';
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: MessageKey;
  yes?: MessageKey;
  no?: MessageKey;
}

const reason: FieldSpec = { name: 'reason', kind: 'reason', label: 'actions.reason' };
export const actionForms: Record<
  Exclude<ActionType, 'REQUEST_SUPPLEMENT' | 'REASSIGN' | 'EXTEND_DEADLINE' | 'CANCEL'>,
  FieldSpec[]
> = {
  ACCEPT: [],
  REFUSE: [reason],
  RECOMMEND: [
    {
      name: 'supports',
      kind: 'yesNo',
      label: 'actions.supports',
      yes: 'actions.supportsYes',
      no: 'actions.supportsNo',
    },
    { name: 'note', kind: 'note', label: 'actions.note' },
  ],
  RETURN_TO_LOCAL: [reason],
  PROPOSE_AMOUNT: [
    { name: 'amountVnd', kind: 'amount', label: 'actions.amount' },
    { name: 'note', kind: 'optionalNote', label: 'actions.note' },
  ],
  DECLARE_CONFLICT: [
    {
      name: 'hasConflict',
      kind: 'yesNo',
      label: 'actions.hasConflict',
      yes: 'actions.conflictYes',
      no: 'actions.conflictNo',
    },
  ],
  VOTE: [
    { name: 'approve', kind: 'yesNo', label: 'actions.vote', yes: 'actions.voteYes', no: 'actions.voteNo' },
    { name: 'note', kind: 'optionalNote', label: 'actions.note' },
  ],
  APPROVE: [],
  DECLINE: [reason],
  RECORD_ACCEPTANCE: [
    { name: 'passed', kind: 'yesNo', label: 'actions.passed', yes: 'actions.passedYes', no: 'actions.passedNo' },
    { name: 'note', kind: 'note', label: 'actions.note' },
  ],
  RECORD_DISBURSEMENT: [{ name: 'amountVnd', kind: 'amount', label: 'actions.disbursed' }],
};
