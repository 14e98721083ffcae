import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';
import { ocopEvaluationPackById, productGroupOf } from '@kc/domain/ocop';
import type { OcopEvaluationInput, OcopEvaluationStage } from './ocop-evaluation.types';

/** The search attributes operators filter OCOP evaluations by (names from contracts), as support requests. */
export const ocopSearchKeys = {
  program: defineSearchAttributeKey('KcProgram', SearchAttributeType.KEYWORD),
  stage: defineSearchAttributeKey('KcStage', SearchAttributeType.KEYWORD),
  unit: defineSearchAttributeKey('KcUnit', SearchAttributeType.KEYWORD),
  productGroup: defineSearchAttributeKey('KcProductGroup', SearchAttributeType.KEYWORD),
  dueAt: defineSearchAttributeKey('KcDueAt', SearchAttributeType.DATETIME),
};

/** The programme code OCOP evaluations are listed under, next to the support programmes. */
export const OCOP_PROGRAM = 'OCOP';

/**
 * Every attribute's value at a stage. The unit is the product's commune (or former district): the place
 * an operator looks for. `dueAt` is the next date something is owed: the central answer's reminder while
 * proposed, the certificate's expiry once certified; none while a council sits (no legal deadline).
 */
export function ocopSearchAttributes(
  input: Pick<OcopEvaluationInput, 'packId' | 'subgroupCode' | 'unitCode'>,
  stage: OcopEvaluationStage,
  dueAt: string | null,
): SearchAttributePair[] {
  const k = ocopSearchKeys;
  const pairs: SearchAttributePair[] = [
    { key: k.program, value: OCOP_PROGRAM },
    { key: k.stage, value: stage },
    { key: k.unit, value: input.unitCode },
    { key: k.productGroup, value: productGroupOf(ocopEvaluationPackById(input.packId), input.subgroupCode).code },
  ];
  if (dueAt) pairs.push({ key: k.dueAt, value: new Date(dueAt) });
  return pairs;
}
