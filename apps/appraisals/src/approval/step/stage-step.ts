import type { EntityManager } from 'typeorm';
import type { packById, StageEvent } from '@kc/domain';
import type { EventDraft } from '@kc/messaging';
import type { StageStepInput, StageStepResult } from '@kc/workflows';
import type { BudgetLedger } from '../../budgets/budget-ledger';
import type { TasksRepository } from '../../inbox/tasks.repository';
import type { StageDeadlines } from '../stage-deadlines';
import type { StepIdentity } from '../stage-event-mapping';

/** The owners of the tables a step writes, and the working-day calendar its deadlines come from. */
export interface StageStepTools {
  deadlines: StageDeadlines;
  tasks: TasksRepository;
  budgets: BudgetLedger;
}

/**
 * One approval step while it is recorded: what the workflow sent, and what the handlers of its events
 * build up in the step's transaction: the events to publish, the deadline and the recorder's answer.
 */
export interface StageStep {
  m: EntityManager;
  input: StageStepInput;
  workflowId: string;
  at: Date;
  pack: ReturnType<typeof packById>;
  /** What every event of the step shares (dossier, actor, time, correlation). */
  identity: StepIdentity;
  /** The officer whose action it was, or null for the workflow's own steps. */
  by: string | null;
  /** The stage's deadline as the events so far left it (the input's at first). */
  dueAt: string | null;
  drafts: EventDraft[];
  result: StageStepResult;
  tools: StageStepTools;
}

/** One event kind's handler: it writes through the tools and adds to the step's drafts and answer. */
export type StageEventHandler<K extends StageEvent['type']> = (
  s: StageStep,
  e: Extract<StageEvent, { type: K }>,
) => Promise<void>;

/** Task rows a step opens carry its origin; their ids come from its sequence, so a retry makes the same. */
export const taskOrigin = (s: StageStep) => ({ ...s.input, at: s.at });
