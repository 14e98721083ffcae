import { condition } from '@temporalio/workflow';
import type { OcopEvaluationActivities, OcopStep } from './ocop-evaluation.steps';
import type { OcopActor } from './ocop-evaluation.types';

type StepInput = Parameters<OcopEvaluationActivities['recordOcopStep']>[0];
export type StepContext = Omit<StepInput, 'actor' | 'step'>;

/**
 * Records an evaluation's steps one at a time, in sequence order, through one loop: update handlers and
 * the main code only queue them. (workflowId, sequence) is the activity's idempotency key, so a sequence
 * number is handed out exactly once, at the moment the step is queued (deterministic on replay).
 */
export class OcopStepRecorder {
  private sequence = 0;
  private recorded = 0;
  private readonly queue: { sequence: number; actor: OcopActor | null; step: OcopStep; at: string }[] = [];

  constructor(
    private readonly base: Omit<StepContext, 'sequence' | 'at'>,
    private readonly write: (input: StepInput) => Promise<void>,
  ) {
    void this.pump();
  }

  /** Queues a step without waiting, so state changed with it is visible before the caller's next await. */
  enqueue(actor: OcopActor | null, step: OcopStep): number {
    this.queue.push({ sequence: ++this.sequence, actor, step, at: new Date().toISOString() });
    return this.sequence;
  }

  /** Queues a step and waits until it is written. */
  async record(actor: OcopActor | null, step: OcopStep): Promise<void> {
    const mine = this.enqueue(actor, step);
    await condition(() => this.recorded >= mine);
  }

  /** Runs an activity that answers (the certificate number) under the next sequence, after every queued step. */
  async exclusive<T>(call: (context: StepContext) => Promise<T>): Promise<T> {
    await condition(() => this.recorded === this.sequence);
    const mine = ++this.sequence;
    const result = await call(this.context(mine, new Date().toISOString()));
    this.recorded = mine;
    return result;
  }

  private context(sequence: number, at: string): StepContext {
    return { ...this.base, sequence, at };
  }

  private async pump(): Promise<void> {
    for (;;) {
      await condition(() => this.queue.length > 0 && this.recorded === this.queue[0].sequence - 1);
      const item = this.queue.shift()!;
      await this.write({ ...this.context(item.sequence, item.at), actor: item.actor, step: item.step });
      this.recorded = item.sequence;
    }
  }
}
