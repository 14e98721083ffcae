// Operator: the dead-letter queue. English, the same shape as ../vi/operator-dlq.ts (checked by the
// compiler).
import type { Shape } from '../shape';
import type { operatorDlqVi } from '../vi/operator-dlq';

export const operatorDlqEn: Shape<typeof operatorDlqVi> = {
  dlq: {
    title: 'Dead-letter queue',
    subtitle: 'Messages that failed after their retries. Inspect, redrive or discard them (with a reason).',
    filters: 'Filter messages',
    group: 'Consumer group',
    topic: 'Original topic',
    eventType: 'Event type',
    reasonContains: 'Failure reason contains',
    statuses: { PARKED: 'Parked', REDRIVEN: 'Redriven', DISCARDED: 'Discarded' },
    empty: 'The dead-letter queue holds no message.',
    select: 'Select message {id}',
    selectAll: 'Select all on this page',
    selected: '{count} messages selected',
    failedAt: 'Failed at',
    failure: 'Failure reason',
    inspect: 'Inspect',
    inspectTitle: 'Message #{id}',
    close: 'Close',
    envelope: 'Event envelope',
    headers: 'Kafka headers',
    handled: 'Handled by {by} at {at}: {reason}',
    redriveSelected: 'Redrive the selected messages',
    discardSelected: 'Discard the selected messages',
    redriveOne: 'Redrive this message',
    actionTitle: 'Redrive / discard',
    dryRunCount: 'Dry run: {count} parked messages would be affected.',
    confirmRedrive: 'Redrive {count} messages',
    confirmDiscard: 'Discard {count} messages',
    done: '{done}/{matched} messages handled.',
    nothing: 'No parked message matches.',
  },
};
