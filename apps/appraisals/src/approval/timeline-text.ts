import type { StageEvent } from '@kc/domain';
import { budgetLines } from './timeline-budget-lines';
import { clockLines } from './timeline-clock-lines';
import { councilLines } from './timeline-council-lines';
import { decisionLines } from './timeline-decision-lines';
import { stageLines } from './timeline-stage-lines';
import type { Line, LinesOf, TimelineLine } from './timeline-line';

/** One line per event kind, as an officer reads it on the task's timeline (Vietnamese and English). */
const lines: LinesOf<StageEvent['type']> = {
  ...stageLines,
  ...decisionLines,
  ...councilLines,
  ...clockLines,
  ...budgetLines,
};

/** One workflow step event as a line on the task's timeline; the line's kind is the event's type. */
export function describeStageEvent(e: StageEvent): TimelineLine {
  const line = lines[e.type] as (e: StageEvent) => Line;
  return { kind: e.type, ...line(e) };
}
