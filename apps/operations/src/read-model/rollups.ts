import { channel } from './rollup-tables/channel.rollup';
import { ocopStars } from './rollup-tables/ocop-stars.rollup';
import { caseOnTime, stageOnTime } from './rollup-tables/on-time.rollups';
import type { Rollup } from './rollup-tables/rollup';
import { closedPerDay, decidedPerDay } from './rollup-tables/throughput.rollups';

/** Every rollup, in the order their rows are locked (one order for all transactions: no deadlock). */
export const ROLLUPS: readonly Rollup[] = [
  caseOnTime,
  stageOnTime,
  decidedPerDay,
  closedPerDay,
  ocopStars,
  channel('RECEIVED', 'opened_at'),
  channel('DECIDED', 'decided_at'),
];
