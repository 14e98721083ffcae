import { endOffsets, remaining } from './group-progress';
import type { RebuildOptions } from './rebuild-options';

/** Waits until the rebuild's group has read the topics up to their ends as they were when it was called. */
export async function catchUp(o: RebuildOptions, group: string, log: (m: string) => void): Promise<void> {
  const ends = await endOffsets(o.kafka, o.topics);
  const deadline = Date.now() + (o.timeoutMs ?? 30 * 60_000);
  for (;;) {
    const left = await remaining(o.kafka, group, o.topics, ends);
    if (left === 0n) return;
    if (Date.now() > deadline) throw new Error(`rebuild did not catch up in time (${left} messages left)`);
    log(`${left} messages left`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
