/**
 * When the outbox relay passes next: at once when a commit was notified, otherwise after the poll its state
 * calls for. A burst of notifications cannot cut a backoff after a failed pass short, and `wakeNow` (a stop)
 * ends any sleep.
 */
export class RelayPacing {
  /** Set only while the relay sleeps. */
  private wake: (() => void) | undefined;
  /** A commit was notified since the current pass began: the relay passes again before sleeping. */
  private notified = false;
  /** After a failed pass the relay waits out its backoff: a burst of commits must not turn it into a busy loop. */
  private backingOff = false;
  /** Grows while passes stay contended (a stuck holder must not bring back the fast poll for hours). */
  private contendedDelayMs = 0;

  constructor(private readonly delays: { idleDelayMs: number; listeningPollMs: number }) {}

  get sleeping(): boolean {
    return this.wake !== undefined;
  }

  /** Something was committed to the outbox: pass now, or right after the pass in flight. */
  nudge(): void {
    this.notified = true;
    if (!this.backingOff) this.wake?.();
  }

  wakeNow(): void {
    this.wake?.();
  }

  beginPass(): void {
    this.notified = false;
  }

  /**
   * After a pass that left nothing behind. Listening, the relay sleeps until the safety poll; deaf, it polls
   * every `idleDelayMs`. A contended pass (rows there, another relay holding them) looks again from the fast
   * poll, doubling up to the safety poll, since that relay may be stopping.
   */
  async rest(listening: boolean, contended: boolean): Promise<void> {
    if (this.notified) return;
    const { idleDelayMs, listeningPollMs } = this.delays;
    this.contendedDelayMs =
      contended && listening ? Math.min(Math.max(this.contendedDelayMs * 2, idleDelayMs), listeningPollMs) : 0;
    await this.sleep(this.contendedDelayMs || (listening ? listeningPollMs : idleDelayMs));
  }

  /** After a failed pass: at least half a second, whatever is committed meanwhile. */
  async backOff(): Promise<void> {
    this.backingOff = true;
    await this.sleep(Math.max(this.delays.idleDelayMs, 500));
    this.backingOff = false;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wakeNow(), ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }
}
