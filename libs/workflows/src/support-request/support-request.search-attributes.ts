import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';
import { unitOfStage, type SupportRequestState } from '@kc/domain/approval';
import type { SupportRequestInput } from './support-request.definitions';

/** The search attributes operators filter support requests by in the Temporal UI (names from contracts). */
export const supportRequestSearchKeys = {
  dossier: defineSearchAttributeKey('KcDossierCode', SearchAttributeType.KEYWORD),
  program: defineSearchAttributeKey('KcProgram', SearchAttributeType.KEYWORD),
  stage: defineSearchAttributeKey('KcStage', SearchAttributeType.KEYWORD),
  unit: defineSearchAttributeKey('KcUnit', SearchAttributeType.KEYWORD),
  dueAt: defineSearchAttributeKey('KcDueAt', SearchAttributeType.DATETIME),
  overdue: defineSearchAttributeKey('KcOverdue', SearchAttributeType.BOOL),
};

/** Every attribute's value for a state; the starter passes the first state's at start. */
export function supportRequestSearchAttributes(
  input: Pick<SupportRequestInput, 'dossierCode' | 'programCode' | 'localUnitCode'>,
  state: Pick<SupportRequestState, 'stage' | 'dueAt' | 'overdue'>,
): SearchAttributePair[] {
  const k = supportRequestSearchKeys;
  const pairs: SearchAttributePair[] = [
    { key: k.dossier, value: input.dossierCode },
    { key: k.program, value: input.programCode },
    { key: k.stage, value: state.stage },
    { key: k.unit, value: unitOfStage(state.stage, input.localUnitCode) },
    { key: k.overdue, value: state.overdue },
  ];
  if (state.dueAt) pairs.push({ key: k.dueAt, value: new Date(state.dueAt) });
  return pairs;
}
