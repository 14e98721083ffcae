/** One dependency's state as `/health` reports it. */
export interface HealthStatus {
  status: 'up' | 'down';
  /** Where the dependency is (no credentials) and, when down, why. */
  detail?: string;
}

/** Implemented by each infrastructure module (database, Kafka, Temporal) and collected by `/health`. */
export interface HealthCheck {
  readonly name: string;
  check(): Promise<HealthStatus>;
}

/** Runs a probe with a time limit, so one hung dependency cannot hang the health endpoint. */
export async function probe(run: () => Promise<unknown>, detail: string, timeoutMs = 2000): Promise<HealthStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([run(), timeout]);
    return { status: 'up', detail };
  } catch (error) {
    return { status: 'down', detail: `${detail}: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}
