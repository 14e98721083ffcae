import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  accountRegisteredV1,
  accountUpdatedV1,
  applicationSubmittedV1,
  taskCompletedV1,
  taskCreatedV1,
  type EventEnvelope,
} from '@kc/contracts';
import { RecipientsRepository } from '../recipients/recipients.repository';
import { TasksRepository } from '../digest/tasks.repository';

type Projector = (payload: unknown, manager: EntityManager) => Promise<void>;

/** What this service remembers from events, before it notifies anyone about them. */
@Injectable()
export class Projections {
  private readonly projectors: Readonly<Record<string, Projector>>;

  constructor(recipients: RecipientsRepository, tasks: TasksRepository) {
    this.projectors = {
      AccountRegistered: (p, m) => recipients.upsertAccount(m, accountRegisteredV1.parse(p)),
      AccountUpdated: (p, m) => recipients.upsertAccount(m, accountUpdatedV1.parse(p)),
      ApplicationSubmitted: (p, m) => recipients.recordApplicant(m, applicationSubmittedV1.parse(p)),
      TaskCreated: (p, m) => tasks.open(m, taskCreatedV1.parse(p)),
      TaskCompleted: (p, m) => tasks.complete(m, taskCompletedV1.parse(p)),
    };
  }

  async apply(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    await this.projectors[envelope.type]?.(envelope.payload, manager);
  }
}

/** The types `Projections` handles (registered with the consumer before any instance exists). */
export const PROJECTED_TYPES = [
  'AccountRegistered',
  'AccountUpdated',
  'ApplicationSubmitted',
  'TaskCreated',
  'TaskCompleted',
];
