import { vietnamDay } from '../read-model/working-time';

/**
 * What the on-time rate is grouped by, and where that grouping lives (the case or stage-visit table, and its
 * counters in `on_time_counts`). A case is past due once its (pause-moved) promised date is before the as-of
 * day; a stage visit once its (pause-moved) deadline instant has passed.
 */
const caseDimension = (key: string) =>
  ({
    table: 'cases',
    source: 'CASE',
    key,
    opened: 'opened_at',
    done: 'decided_at',
    pastDue: 'due_date < $3::date',
    asOf: (d: Date) => vietnamDay(d.getTime()),
  }) as const;
export const onTimeDimensions = {
  unit: caseDimension('unit_code'),
  programme: caseDimension('program_code'),
  stage: {
    table: 'stage_visits',
    source: 'STAGE',
    key: 'stage',
    opened: 'entered_at',
    done: 'left_at',
    pastDue: 'effective_due_at < $3',
    asOf: (d: Date) => d,
  },
} as const;
export type OnTimeDimension = keyof typeof onTimeDimensions;
