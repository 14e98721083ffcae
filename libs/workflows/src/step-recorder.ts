import { condition } from '@temporalio/workflow';

/** What every recorded step carries: (workflowId, sequence) is the activity's idempotency key. */
export interface RecordedStepContext {
  workflowId: string;
  /** 1, 2, 3, … per workflow, handed out when the step is queued (deterministic on replay). */
  sequence: number;
  /** The workflow's clock when the step happened (ISO instant): events carry it, not the activity's. */
  at: string;
}

/** A queued write: its sequence and instant, and the activity call that records it. */
interface Queued {
  sequence: number;
  at: string;
  write: (context: RecordedStepContext) => Promise<unknown>;
}

/**
 * The one step recorder of every workflow (approval, OCOP, new-rural criteria). It records a workflow's
 * steps one at a time, in the order they were queued, through one loop: update handlers and the main code
 * only queue them, and may wait for what the recorder answered (a due date). Each step gets its sequence
 * number when it is queued, so a retried activity carries the same (workflowId, sequence) key and the
 * service's `runOnce` writes it once.
 */
export class StepRecorder<Actor, Step, Result> {
  private sequence = 0;
  private recorded = 0;
  private readonly queue: Queued[] = [];
  private readonly results = new Map<number, unknown>();

  constructor(
    private readonly workflowId: string,
    private readonly write: (input: RecordedStepContext & { actor: Actor; step: Step }) => Promise<Result>,
  ) {
    void this.pump();
  }

  /** Queues a step without waiting, so state changed with it is visible before the caller's next await. */
  enqueue(actor: Actor, step: Step): number {
    return this.push((context) => this.write({ ...context, actor, step }));
  }

  /** Queues steps of one actor and waits until each is written; answers what the recorder said for each. */
  record(actor: Actor, ...steps: Step[]): Promise<Result[]> {
    return this.answers(steps.map((step) => this.enqueue(actor, step))) as Promise<Result[]>;
  }

  /**
   * Queues a write of another shape (an activity that answers something else, such as a certificate
   * number) in the same order and numbering as the steps, and waits for its answer.
   */
  async inTurn<T>(write: (context: RecordedStepContext) => Promise<T>): Promise<T> {
    const [answer] = await this.answers([this.push(write)]);
    return answer as T;
  }

  private push(write: Queued['write']): number {
    this.queue.push({ sequence: ++this.sequence, at: new Date().toISOString(), write });
    return this.sequence;
  }

  private async answers(mine: number[]): Promise<unknown[]> {
    if (mine.length === 0) return [];
    await condition(() => this.recorded >= mine[mine.length - 1]);
    return mine.map((n) => {
      const result = this.results.get(n);
      this.results.delete(n);
      return result;
    });
  }

  private async pump(): Promise<void> {
    for (;;) {
      await condition(() => this.queue.length > 0 && this.recorded === this.queue[0].sequence - 1);
      const { sequence, at, write } = this.queue.shift()!;
      this.results.set(sequence, await write({ workflowId: this.workflowId, sequence, at }));
      this.recorded = sequence;
    }
  }
}
