import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';

let installed = false;

/**
 * Sends the Temporal SDK's own logs (worker state, bundling) to stdout as one JSON object per line, like
 * the rest of the service, at WARN and above. The runtime can be configured once per process.
 */
export function installJsonWorkerLogging(service: string, level: LogLevel = 'WARN'): void {
  if (installed) return;
  installed = true;
  const pinoLevels: Record<LogLevel, number> = { TRACE: 10, DEBUG: 20, INFO: 30, WARN: 40, ERROR: 50 };
  Runtime.install({
    // Nest owns SIGINT/SIGTERM and stops the worker in order; the SDK must not stop it on its own first.
    shutdownSignals: [],
    logger: new DefaultLogger(level, ({ level: entryLevel, message, meta, timestampNanos }) => {
      const line = {
        level: pinoLevels[entryLevel],
        time: Number(timestampNanos / 1_000_000n),
        name: service,
        context: 'temporal',
        msg: message,
        ...meta,
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }),
  });
}
