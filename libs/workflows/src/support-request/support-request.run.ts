import { condition, patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import {
  applyApproval,
  isFinalStage,
  type Actor,
  type Applied,
  type BudgetOutcome,
  type SupportRequestState,
} from '@kc/domain/approval';
import { vietnamDate } from '@kc/domain/calendar';
import { StepRecorder } from '../step-recorder';
import { searchAttributeMirror } from './support-request.attributes';
import { BudgetFreedSignals, wakeWaitingDossiers } from './support-request.budget';
import { deadlineStep, msToNextDeadline } from './support-request.clock';
import type { StageStepResult, SupportRequestActivities, SupportRequestInput } from './support-request.definitions';
import { startingState, submittedStep } from './support-request.start';
import { activeCouncil, stepInputOf, type Step } from './support-request.step-input';

const { publishStageEvents, reserveBudget } = proxyActivities<SupportRequestActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * One dossier's run: its state, the steps decided but not yet recorded, and the clock. Steps are
 * published in order by the main loop alone; handlers only queue them.
 */
export class SupportRequestRun {
  state: SupportRequestState;
  /** An approval is waiting for the budget's answer: the validator keeps a second one out meanwhile. */
  approving = false;
  /** Budget was freed in the dossier's programme and year: signals counted, so none is lost. */
  readonly budgetFreed = new BudgetFreedSignals();
  private approver: Actor | null = null;
  /**
   * The one step recorder numbers and publishes the steps; only the main loop hands it one. Dossiers
   * started before it replay their own numbering (the recorder schedules at another point of a task).
   */
  private readonly viaRecorder = patched('one-step-recorder');
  private legacySequence = 0;
  private readonly recorder = new StepRecorder<Actor | null, Step, StageStepResult>(
    workflowInfo().workflowId,
    (recorded) =>
      publishStageEvents(stepInputOf(this.input, this.state, recorded.step, recorded.sequence, recorded.at)),
  );
  /** When the current deadline's window opened: the warning falls at 75 % of it. */
  private windowStartMs = Date.now();
  private readonly pending: Step[];
  private readonly showAttributes: (state: SupportRequestState) => void;

  constructor(private readonly input: SupportRequestInput) {
    this.state = startingState(input);
    this.pending = [submittedStep()];
    this.showAttributes = searchAttributeMirror(input);
    this.showAttributes(this.state);
  }

  /** Takes a decided step: the new state now, its events for the main loop to record. */
  queue(actor: Actor | null, cause: string, applied: Applied): void {
    this.state = applied.state;
    if (applied.events.length > 0)
      this.pending.push({
        actor,
        cause,
        stage: this.state.stage,
        events: applied.events,
        council: activeCouncil(this.state),
      });
    this.showAttributes(this.state);
  }

  /** The supplement arrived: the stage's clock runs again from now. */
  restartWindow(): void {
    this.windowStartMs = Date.now();
  }

  /** Asks the programme's budget for the proposed amount (an activity); the domain decides with its answer. */
  async reserveBudget(approver: Actor): Promise<BudgetOutcome> {
    this.approving = true;
    this.approver = approver;
    try {
      return await this.reserve();
    } finally {
      this.approving = false;
    }
  }

  /** Sleeps until a step is queued, the dossier ends, budget is freed, or a deadline falls due. */
  async untilStepOrDeadline(): Promise<void> {
    const timeout = msToNextDeadline(this.state, this.windowStartMs, Date.now());
    const wake = () =>
      this.pending.length > 0 ||
      isFinalStage(this.state.stage) ||
      (this.budgetFreed.pending() && this.state.budget === 'WAITLISTED');
    const woke = timeout === undefined ? (await condition(wake), true) : await condition(wake, Math.max(1, timeout));
    const due = woke ? undefined : deadlineStep(this.state, Date.now());
    if (due) this.queue(null, due.cause, due.applied);
  }

  /** A wait-listed approval asks the ledger again once money is freed: it may have been funded in its turn. */
  async retryWaitlistedApproval(): Promise<void> {
    const ask = this.budgetFreed.pending() && this.state.budget === 'WAITLISTED' && !isFinalStage(this.state.stage);
    const budget = await this.budgetFreed.answer(ask, () => this.reserve());
    // A dossier that ended while the ledger answered is not approved; its step gives the grant back.
    if (budget?.reserved && !isFinalStage(this.state.stage))
      this.queue(this.approver, 'BUDGET_FREED', applyApproval(this.state, budget));
  }

  async recordSteps(): Promise<void> {
    while (this.pending.length > 0) await this.record(this.pending.shift()!);
  }

  ended(): boolean {
    return isFinalStage(this.state.stage) && this.pending.length === 0;
  }

  private reserve(): Promise<BudgetOutcome> {
    return reserveBudget({
      applicationId: this.input.applicationId,
      dossierCode: this.input.dossierCode,
      programCode: this.input.programCode,
      year: this.state.budgetYear ?? Number(vietnamDate(new Date()).slice(0, 4)),
      amountVnd: this.state.proposedAmountVnd ?? 0,
    });
  }

  /** Records one step through the activity, then takes back the deadlines it counted in working days. */
  private async record(step: Step): Promise<void> {
    const result = this.viaRecorder
      ? (await this.recorder.record(step.actor, step))[0]
      : await publishStageEvents(
          stepInputOf(this.input, this.state, step, ++this.legacySequence, new Date().toISOString()),
        );
    if (result.dueAt !== undefined) {
      if (step.events.some((e) => e.type === 'StageChanged')) this.windowStartMs = Date.now();
      this.state = { ...this.state, dueAt: result.dueAt ?? undefined };
      if (this.state.dueAt && Date.parse(this.state.dueAt) > Date.now()) this.state = { ...this.state, overdue: false };
    }
    if (result.supplementDueAt) this.state = { ...this.state, supplementDueAt: result.supplementDueAt };
    this.showAttributes(this.state);
    await wakeWaitingDossiers(result.waitlisted);
  }
}
