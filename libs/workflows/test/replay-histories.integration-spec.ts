// Determinism guard: histories recorded from real runs (temporal workflow show --output json) must replay
// through the current workflow code. A change that would break running workflows fails here; version it
// with `patched()` instead, and add a new history when a path changes on purpose.
// They replay through the very bundles `npm run build` ships, one per task queue, which also proves that
// each queue's bundle holds the workflows WorkflowTaskQueue sends to it.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { TaskQueues, WorkflowTaskQueue, type TaskQueueKind } from '@kc/contracts/temporal';
import { bundleQueueWorkflows } from '@kc/temporal';

const dir = path.join(__dirname, 'histories');
const recorded = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

interface RecordedHistory {
  events: { workflowExecutionStartedEventAttributes?: { workflowType: { name: string } } }[];
}

const queueOf = (history: RecordedHistory): TaskQueueKind => {
  const type = history.events[0].workflowExecutionStartedEventAttributes!.workflowType.name;
  const queue = WorkflowTaskQueue[type as keyof typeof WorkflowTaskQueue];
  if (!queue) throw new Error(`no task queue is declared for ${type} (WorkflowTaskQueue in @kc/contracts)`);
  return queue;
};

describe('recorded workflow histories replay through the current code', () => {
  const bundles = new Map<TaskQueueKind, string>();
  beforeAll(async () => {
    for (const queue of Object.keys(TaskQueues) as TaskQueueKind[])
      bundles.set(queue, await bundleQueueWorkflows(queue));
  }, 120_000);

  it('has recorded histories to replay', () => {
    expect(recorded.length).toBeGreaterThanOrEqual(3);
  });

  it.each(recorded)('%s', async (file) => {
    // The worker converts the CLI's JSON form (enum names, string ids) itself.
    const history = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as RecordedHistory;
    const code = bundles.get(queueOf(history))!;
    await expect(Worker.runReplayHistory({ workflowBundle: { code } }, history, file)).resolves.toBeUndefined();
  });
});
