import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { DlqMessage, DlqOutcome } from '@kc/contracts';
import type { AuthUser } from '@kc/auth';
import { KAFKA, producerConfig } from '@kc/messaging';
import { AuditLogStore } from '../audit/audit-log.store';
import { OPERATIONS_SCHEMA } from '../operations-schema';
import { dlqAuditEntry } from './dlq-audit-entry';
import { DlqRepository, type DlqSelection } from './dlq.repository';
import { redriveMessages } from './redrive-messages';

/** At most this many messages per request; a larger selection is worked through by repeating it. */
const MAX_PER_REQUEST = 1000;

/**
 * Redrive sends a parked message back to its own group's retry topic (not the original topic: the other
 * groups already handled it) as a first attempt due now. Its event id is unchanged, so the group's inbox
 * applies it at most once however often it is redriven. Discard only marks it, with the reason.
 * Both are audited as the operator's interventions.
 */
@Injectable()
export class DlqActions implements OnApplicationShutdown {
  private producer: Promise<Producer> | undefined;
  private readonly audit = new AuditLogStore(OPERATIONS_SCHEMA);

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly db: DataSource,
    private readonly repo: DlqRepository,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.producer) await (await this.producer).disconnect();
  }

  redrive(user: AuthUser, selection: DlqSelection, reason: string, dryRun: boolean): Promise<DlqOutcome> {
    return this.act(user, selection, reason, dryRun, 'REDRIVEN', (rows) => this.send(rows));
  }

  discard(user: AuthUser, selection: DlqSelection, reason: string, dryRun: boolean): Promise<DlqOutcome> {
    return this.act(user, selection, reason, dryRun, 'DISCARDED', async () => undefined);
  }

  private act(
    user: AuthUser,
    selection: DlqSelection,
    reason: string,
    dryRun: boolean,
    status: 'REDRIVEN' | 'DISCARDED',
    effect: (rows: DlqMessage<Date>[]) => Promise<void>,
  ): Promise<DlqOutcome> {
    return this.db.transaction(async (m) => {
      const rows = await this.repo.parked(m, selection, MAX_PER_REQUEST);
      if (dryRun || rows.length === 0) return { dryRun, matched: rows.length, done: 0 };
      await effect(rows);
      const ids = rows.map((r) => r.id);
      await this.repo.mark(m, ids, status, user.id, reason);
      await this.audit.append(m, dlqAuditEntry(user, status, reason, rows));
      return { dryRun, matched: rows.length, done: rows.length };
    });
  }

  private async send(rows: DlqMessage<Date>[]): Promise<void> {
    const producer = await (this.producer ??= this.connect());
    const now = String(Date.now());
    await producer.sendBatch({
      acks: -1,
      topicMessages: redriveMessages(rows, now),
    });
  }

  private async connect(): Promise<Producer> {
    const producer = this.kafka.producer(producerConfig);
    await producer.connect();
    return producer;
  }
}
