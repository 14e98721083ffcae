import type { Stage } from '@kc/contracts';
import { stageLabels, type StageEvent } from '@kc/domain';

export interface TimelineLine {
  kind: string;
  vi: string;
  en: string;
}

export type Line = Omit<TimelineLine, 'kind'>;

/** How each event kind of a group reads on the timeline. */
export type LinesOf<K extends StageEvent['type']> = { [T in K]: (e: Extract<StageEvent, { type: T }>) => Line };

/** Stage names come from the one table every screen, notice and refusal reads. */
export const vi = (stage: Stage) => stageLabels[stage].vi;
export const en = (stage: Stage) => stageLabels[stage].en;
export const withNote = (text: string, note: string | null | undefined) => (note ? `${text}: ${note}` : text);
