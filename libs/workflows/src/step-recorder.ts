import { condition } from '@temporalio/workflow';

/** What every recorded step carries: (workflowId, sequence) is the activity's idempotency key. */
export interface RecordedStepContext {
  workflowId: string;
  /** 1, 2, 3, … per workflow, handed out when the step is queued (deterministic on replay). */
  sequence: number;
  /** The workflow's clock when the step happened (ISO instant): events carry it, not the activity's. */
  at: string;
}

/**
 * Records a workflow's steps one at a time, in sequence order, through one loop: update handlers and the
 * main code only queue them, and may wait for what the recorder answered (a due date). The same
 * algorithm as OcopStepRecorder, generic over the step and its answer, so new workflows need not copy it.
 */
export class StepRecorder<Step, Result> {
  private sequence = 0;
  private recorded = 0;
  private readonly queue: { sequence: number; step: Step; at: string }[] = [];
  private readonly results = new Map<number, Result>();

  constructor(
    private readonly workflowId: string,
    private readonly write: (input: RecordedStepContext & { step: Step }) => Promise<Result>,
  ) {
    void this.pump();
  }

  /** Queues steps without waiting, so state changed with them is visible before the caller's next await. */
  enqueue(step: Step): number {
    this.queue.push({ sequence: ++this.sequence, step, at: new Date().toISOString() });
    return this.sequence;
  }

  /** Queues steps and waits until each is written; answers what the recorder said for each. */
  async record(steps: readonly Step[]): Promise<Result[]> {
    const mine = steps.map((s) => this.enqueue(s));
    if (mine.length === 0) return [];
    await condition(() => this.recorded >= mine[mine.length - 1]);
    return mine.map((n) => {
      const result = this.results.get(n)!;
      this.results.delete(n);
      return result;
    });
  }

  private async pump(): Promise<void> {
    for (;;) {
      await condition(() => this.queue.length > 0 && this.recorded === this.queue[0].sequence - 1);
      const item = this.queue.shift()!;
      const result = await this.write({
        workflowId: this.workflowId,
        sequence: item.sequence,
        at: item.at,
        step: item.step,
      });
      this.results.set(item.sequence, result);
      this.recorded = item.sequence;
    }
  }
}
