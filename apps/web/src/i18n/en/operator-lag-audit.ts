// Operator: Kafka consumer lag and the audit log. English, the same shape as ../vi/operator-lag-audit.ts
// (checked by the compiler).
import type { Shape } from '../shape';
import type { operatorLagAuditVi } from '../vi/operator-lag-audit';

export const operatorLagAuditEn: Shape<typeof operatorLagAuditVi> = {
  lag: {
    title: 'Kafka lag and outbox backlog',
    subtitle: 'Messages each consumer group has not read yet, and events each service has not relayed to Kafka.',
    total: 'Total lag: {total} messages',
    chart: 'Lag per consumer group',
    group: 'Consumer group',
    topic: 'Topic',
    partition: 'Partition',
    committed: 'Committed',
    end: 'End offset',
    lag: 'Lag',
    empty: 'No consumer group yet.',
    onlyLagging: 'Only partitions that lag',
    outbox: 'Outbox not relayed',
    schema: 'Service (schema)',
    unsent: 'Not relayed',
    oldest: 'Oldest since',
    noOutbox: 'no outbox table',
  },
  audit: {
    title: 'Audit log',
    subtitle: 'Interventions and decisions, newest first; a hash chain guards against edits.',
    filters: 'Filter the log',
    caseId: 'Case id',
    actorId: 'Actor (id)',
    action: 'Action',
    when: 'When',
    actor: 'Actor',
    details: 'Before / after',
    empty: 'No entry matches the filters.',
    verify: 'Verify the hash chain',
    intact: 'The hash chain is intact ({count} entries checked).',
    broken: 'The hash chain is broken: {detail}',
  },
};
