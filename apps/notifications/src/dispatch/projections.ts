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

interface ProjectionStores {
  recipients: RecipientsRepository;
  tasks: TasksRepository;
}

type Projector = (stores: ProjectionStores, payload: unknown, manager: EntityManager) => Promise<void>;

const projectors: Readonly<Record<string, Projector>> = {
  AccountRegistered: ({ recipients }, p, m) => recipients.upsertAccount(m, accountRegisteredV1.parse(p)),
  AccountUpdated: ({ recipients }, p, m) => recipients.upsertAccount(m, accountUpdatedV1.parse(p)),
  ApplicationSubmitted: ({ recipients }, p, m) => recipients.recordApplicant(m, applicationSubmittedV1.parse(p)),
  TaskCreated: ({ tasks }, p, m) => tasks.open(m, taskCreatedV1.parse(p)),
  TaskCompleted: ({ tasks }, p, m) => tasks.complete(m, taskCompletedV1.parse(p)),
};

/** The types `Projections` handles (registered with the consumer before any instance exists). */
export const PROJECTED_TYPES = Object.keys(projectors);

/** What this service remembers from events, before it notifies anyone about them. */
@Injectable()
export class Projections {
  private readonly stores: ProjectionStores;

  constructor(recipients: RecipientsRepository, tasks: TasksRepository) {
    this.stores = { recipients, tasks };
  }

  async apply(envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    await projectors[envelope.type]?.(this.stores, envelope.payload, manager);
  }
}
