import type { EntityManager } from 'typeorm';
import type { EventDraft } from '@kc/messaging';
import type { OcopStep } from '@kc/workflows';
import type { StepInput } from './ocop-step-queries';

/** What a step handler gets: the transaction, the step input, and a way to draft its events. */
export interface StepWrite<K extends OcopStep['kind']> {
  m: EntityManager;
  i: StepInput;
  step: Extract<OcopStep, { kind: K }>;
  at: Date;
  event: (type: EventDraft['type'], payload: object) => EventDraft;
}

/** Handlers for some step kinds: each applies its step to the ocop tables and returns its events. */
export type StepHandlers<K extends OcopStep['kind']> = { [P in K]: (w: StepWrite<P>) => Promise<EventDraft[]> };
