import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@kc/contracts';
import type { WorkingDayCalendar } from '@kc/domain';
import { AuditLogStore } from '../audit/audit-log.store';
import { auditEntryOf } from '../audit/audit-projectors';
import { factsOf } from './fact-projectors';
import { ReadModelStore } from './read-model.store';

type SideTable = (store: ReadModelStore, payload: Record<string, unknown>, m: EntityManager) => Promise<void>;

/** Reference rows other facts look up (an evaluation's unit and product group come from its product). */
const sideTables: Readonly<Record<string, SideTable>> = {
  OcopProductRegistered: (store, p, m) =>
    store.saveProduct(m, {
      productId: String(p.productId),
      unitCode: String(p.unitCode),
      groupCode: String(p.groupCode),
      subgroupCode: String(p.subgroupCode),
    }),
};

/**
 * Applies one event to the read model and the audit log of a schema, inside the inbox's transaction.
 * Used by the service's consumer and by `npm run ops:rebuild` (with a fresh schema).
 */
export class OperationsProjection {
  readonly store: ReadModelStore;
  readonly audit: AuditLogStore;

  constructor(schema: string, calendar: WorkingDayCalendar) {
    this.store = new ReadModelStore(schema, calendar);
    this.audit = new AuditLogStore(schema);
  }

  async apply(envelope: EventEnvelope, m: EntityManager): Promise<void> {
    // One projection transaction at a time per schema, locked before anything else: the inbox applies a
    // batch's events in one transaction, each locking its cases, the shared counters and the audit chain in
    // turn, so two partitions' batches could lock them in opposite orders and deadlock (a deadlocked event
    // goes to the retry topic and the read model lags behind its topics for the backoff).
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.store.schema}.projection`]);
    const payload = envelope.payload as Record<string, unknown>;
    await sideTables[envelope.type]?.(this.store, payload, m);
    const facts = await factsOf(envelope, { product: (id) => this.store.product(m, id) });
    if (facts.length > 0) await this.store.addFacts(m, envelope.id, facts);
    const entry = auditEntryOf(envelope);
    if (entry) await this.audit.append(m, entry);
  }
}
