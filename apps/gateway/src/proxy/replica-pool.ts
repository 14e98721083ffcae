/**
 * The replicas of one service behind the gateway (`APPLICATIONS_URL=http://a:3001,http://b:3101`): requests
 * go round-robin to the replicas that are up. A replica is taken out when a proxied request cannot reach
 * it or its /health stops answering 200, and comes back when /health answers again, so a dead replica
 * costs at most the requests that were in flight to it.
 */
export class ReplicaPool {
  private turn = 0;
  private readonly down = new Set<string>();

  constructor(readonly urls: readonly string[]) {
    if (urls.length === 0) throw new Error('a service needs at least one replica URL');
  }

  /** The next replica that is up; when all are down, the next one anyway (it may have come back). */
  pick(): string {
    const up = this.urls.filter((u) => !this.down.has(u));
    const from = up.length > 0 ? up : this.urls;
    this.turn = (this.turn + 1) % from.length;
    return from[this.turn]!;
  }

  markDown(url: string): void {
    if (this.urls.length > 1) this.down.add(url);
  }

  markUp(url: string): void {
    this.down.delete(url);
  }

  isUp(url: string): boolean {
    return !this.down.has(url);
  }

  /**
   * Asks every replica's /health every `intervalMs` (5 s to answer: a loaded replica is slow, not dead);
   * returns a stop function. Nothing to do for one replica.
   */
  watch(intervalMs = 2000, probe = probeHealth): () => void {
    if (this.urls.length < 2) return () => undefined;
    const timer = setInterval(() => {
      for (const url of this.urls) void probe(url).then((ok) => (ok ? this.markUp(url) : this.markDown(url)));
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}

async function probeHealth(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** `http://a:1,http://b:2` → the list of replica URLs. */
export function replicaUrls(value: string): string[] {
  return value
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
}
