import type { DataSource } from 'typeorm';

/**
 * When each submitted dossier's first task became visible: its row is in the inbox table. One poller
 * watches them all, every 50 ms: ample for latencies of seconds, and a fifth of the reads (and driver
 * CPU) of every 10 ms.
 */
export class FirstTaskWatch {
  readonly submittedAt = new Map<string, number>();
  readonly visibleAt = new Map<string, number>();
  private polling = true;
  private readonly loop: Promise<void>;

  constructor(private readonly db: DataSource) {
    this.loop = this.poll();
  }

  /** The first attempt's time counts: a retried submit keeps it. */
  submitted(id: string): void {
    if (!this.submittedAt.has(id)) this.submittedAt.set(id, performance.now());
  }

  /** Waits until `count` dossiers are visible, or `limitMs` has passed. */
  async allVisible(count: number, limitMs: number): Promise<void> {
    const until = performance.now() + limitMs;
    while (this.visibleAt.size < count && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  }

  /** Forgets the warm-up. */
  clear(): void {
    this.submittedAt.clear();
    this.visibleAt.clear();
  }

  /** Submit → first task visible, ms, sorted. */
  latencies(): number[] {
    return [...this.visibleAt].map(([id, t]) => t - this.submittedAt.get(id)!).sort((a, b) => a - b);
  }

  async stop(): Promise<void> {
    this.polling = false;
    await this.loop;
  }

  private async poll(): Promise<void> {
    while (this.polling) {
      const waiting = [...this.submittedAt.keys()].filter((id) => !this.visibleAt.has(id));
      if (waiting.length > 0) {
        const rows = (await this.db.query(
          `SELECT DISTINCT application_id FROM appraisals.tasks WHERE application_id = ANY($1::uuid[])`,
          [waiting],
        )) as { application_id: string }[];
        const now = performance.now();
        for (const r of rows) this.visibleAt.set(r.application_id, now);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
