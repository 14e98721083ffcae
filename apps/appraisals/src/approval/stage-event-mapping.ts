import type { EventActor, EventPayload, EventType } from '@kc/contracts';
import type { EventDraft } from '@kc/messaging';

/** What every event of one workflow step shares. */
export interface StepIdentity {
  applicationId: string;
  dossierCode: string;
  at: Date;
  actor: EventActor;
  correlationId: string;
}

export type OwnFields<T extends EventType> = Omit<EventPayload<T>, 'applicationId' | 'dossierCode'>;

/** A contracts event about the step's dossier, ready for the outbox (the writer validates the payload). */
export function dossierEvent<T extends EventType>(type: T, s: StepIdentity, fields: OwnFields<T>): EventDraft {
  return {
    type,
    aggregateId: s.applicationId,
    actor: s.actor,
    occurredAt: s.at,
    correlationId: s.correlationId,
    payload: { applicationId: s.applicationId, dossierCode: s.dossierCode, ...fields } as EventPayload<T>,
  };
}
