import type { DomainRefusal } from '../refusals/domain-refusal';
import type { Actor, OfficerAction } from './officer-action';
import type { SupportRequestState } from './support-request.types';

/** One rule an action must meet beyond the procedure table: a refusal, or undefined when it passes. */
export type Check<A extends OfficerAction = OfficerAction> = (
  state: SupportRequestState,
  actor: Actor,
  action: A,
) => DomainRefusal | undefined;
