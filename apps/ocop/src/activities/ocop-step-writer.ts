import type { EntityManager } from 'typeorm';
import type { EventActor } from '@kc/contracts';
import type { EventDraft } from '@kc/messaging';
import type { OcopStep } from '@kc/workflows';
import { stepHandlers, type StepWrite } from './ocop-step-handlers';
import { WORKFLOW_ACTOR, type StepInput } from './ocop-step-queries';

export type { StepInput } from './ocop-step-queries';

/** Applies one workflow step to the ocop tables and returns the events it publishes (one transaction). */
export async function writeStep(m: EntityManager, i: StepInput): Promise<EventDraft[]> {
  const actor: EventActor = i.actor ? { kind: 'user', id: i.actor.userId, role: i.actor.roles[0] } : WORKFLOW_ACTOR;
  const at = new Date(i.at);
  const event = (type: EventDraft['type'], payload: object): EventDraft =>
    ({ type, aggregateId: i.productId, payload, actor, occurredAt: at }) as EventDraft;
  const handle = stepHandlers[i.step.kind] as (w: StepWrite<OcopStep['kind']>) => Promise<EventDraft[]>;
  return handle({ m, i, step: i.step, at, event });
}
