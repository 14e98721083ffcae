import type { EventDraft } from '@kc/messaging';
import { unitOfStage, type StageEvent } from '@kc/domain';

export interface MappingContext {
  applicationId: string;
  dossierCode: string;
  workflowId: string;
  sequence: number;
  stage: string;
  localUnitCode: string;
  now: Date;
  supplementDueDate: string;
}

/** The workflow's step events as the contracts' events (what the applications and notifications services read). */
export function toEventDrafts(events: StageEvent[], c: MappingContext, actor: EventDraft['actor']): EventDraft[] {
  const base = { applicationId: c.applicationId, dossierCode: c.dossierCode };
  const at = c.now.toISOString();
  return events.map((e, i): EventDraft => {
    const draft = { aggregateId: c.applicationId, actor, occurredAt: c.now };
    switch (e.type) {
      case 'StageChanged':
        return {
          ...draft,
          type: 'StageChanged',
          payload: {
            ...base,
            from: e.from === e.to ? null : e.from,
            to: e.to,
            unitCode: unitOfStage(e.to, c.localUnitCode),
            dueAt: null,
            note: e.note,
            changedAt: at,
          },
        };
      case 'SupplementRequested':
        return {
          ...draft,
          type: 'SupplementRequested',
          payload: {
            ...base,
            supplementRequestId: `${c.workflowId}:${c.sequence}:${i}`,
            stage: c.stage as never,
            items: e.items,
            dueDate: c.supplementDueDate,
            requestedAt: at,
          },
        };
      case 'ApplicationRefused':
        return { ...draft, type: 'ApplicationRefused', payload: { ...base, reason: e.reason, decidedAt: at } };
      case 'ApplicationRejected':
        return { ...draft, type: 'ApplicationRejected', payload: { ...base, reason: e.reason, decidedAt: at } };
      case 'ApplicationApproved':
        return { ...draft, type: 'ApplicationApproved', payload: { ...base, amountVnd: e.amountVnd, decidedAt: at } };
      case 'DisbursementRecorded':
        return { ...draft, type: 'DisbursementRecorded', payload: { ...base, amountVnd: e.amountVnd, decidedAt: at } };
      case 'ApplicationCompleted':
        return { ...draft, type: 'ApplicationCompleted', payload: { ...base, decidedAt: at } };
    }
  });
}
