// The bare Temporal yardstick of `npm run bench:workflow`: a workflow that runs one activity and ends.
import { proxyActivities } from '@temporalio/workflow';

export interface BareActivities {
  touch(id: string): Promise<void>;
}

const { touch } = proxyActivities<BareActivities>({ startToCloseTimeout: '30 seconds' });

export async function oneActivityWorkflow(id: string): Promise<void> {
  await touch(id);
}
