import type { OnTimeRow } from '@kc/contracts';

/** A row of sums as the on-time rate: to process, late, and the rate (null when nothing was to process). */
export function toOnTimeRow(r: Record<string, string | null>): OnTimeRow {
  const n = (k: string) => Number(r[k] ?? 0);
  const toProcess = n('received') + n('carried_over');
  const late = n('closed_late') + n('open_past_due');
  return {
    key: r.key,
    received: n('received'),
    carriedOver: n('carried_over'),
    toProcess,
    closedOnTime: n('closed_on_time'),
    closedLate: n('closed_late'),
    openPastDue: n('open_past_due'),
    late,
    onTimeRate: toProcess === 0 ? null : Math.round((100 - (late / toProcess) * 100) * 100) / 100,
  };
}
