import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { aliasWebpackHook } from '@kc/temporal';
import { createTimeSkippingWorkflowEnvironment } from '../src';
import type {
  DeadlineActivities,
  supplementWindowWorkflow,
  thirtyDayDeadlineWorkflow,
} from './fixtures/time-skipping.workflows';

const DAY_MS = 24 * 3600_000;

describe('time-skipping workflow environment (Java test server provisioned from Maven Central)', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `time-skipping-${randomUUID()}`;
  const reached: { dossierCode: string; workflowTimeMs: number }[] = [];
  const activities: DeadlineActivities = {
    async recordDeadlineReached(dossierCode, workflowTimeMs) {
      reached.push({ dossierCode, workflowTimeMs });
    },
  };

  beforeAll(async () => {
    const startedAt = Date.now();
    env = await createTimeSkippingWorkflowEnvironment();
    // Shown in the test output so a slow JVM start on a busy machine is visible before it times out.
    process.stdout.write(`time-skipping test server up in ${Date.now() - startedAt} ms\n`);
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: path.join(__dirname, 'fixtures', 'time-skipping.workflows.ts'),
      bundlerOptions: { webpackConfigHook: aliasWebpackHook() },
      activities,
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  it('runs a 30-day deadline in seconds: the timer fires, the activity runs, the search attributes are kept', async () => {
    const dossierCode = `KC-2026-${randomUUID().slice(0, 6)}`;
    const serverTimeBefore = await env.currentTimeMs();
    const wallBefore = Date.now();
    const handle = await env.client.workflow.start<typeof thirtyDayDeadlineWorkflow>('thirtyDayDeadlineWorkflow', {
      taskQueue,
      workflowId: `deadline/${dossierCode}`,
      args: [dossierCode],
    });
    const result = await handle.result();
    const wallMs = Date.now() - wallBefore;

    expect(result.deadlineReachedAtMs - result.startedAtMs).toBeGreaterThanOrEqual(30 * DAY_MS);
    expect(await env.currentTimeMs()).toBeGreaterThanOrEqual(serverTimeBefore + 30 * DAY_MS);
    expect(wallMs).toBeLessThan(20_000);
    expect(reached).toEqual([{ dossierCode, workflowTimeMs: result.deadlineReachedAtMs }]);

    const attributes = (await handle.describe()).typedSearchAttributes;
    const keyword = (name: string) => defineSearchAttributeKey(name, SearchAttributeType.KEYWORD);
    expect(attributes.get(keyword('KcDossierCode'))).toBe(dossierCode);
    expect(attributes.get(keyword('KcProgram'))).toBe('MACHINERY');
    expect(attributes.get(keyword('KcStage'))).toBe('LOCAL_REVIEW');
    expect(attributes.get(keyword('KcUnit'))).toBe('X-XUAN-LOC');
    expect(attributes.get(defineSearchAttributeKey('KcDueAt', SearchAttributeType.DATETIME))).toEqual(
      new Date(result.startedAtMs + 30 * DAY_MS),
    );
    expect(attributes.get(defineSearchAttributeKey('KcOverdue', SearchAttributeType.BOOL))).toBe(true);
  });

  it('times out a 10-day condition when no signal comes, without waiting 10 days', async () => {
    const serverTimeBefore = await env.currentTimeMs();
    const wallBefore = Date.now();
    const result = await env.client.workflow.execute<typeof supplementWindowWorkflow>('supplementWindowWorkflow', {
      taskQueue,
      workflowId: `supplement-window/${randomUUID()}`,
    });

    expect(result).toEqual({ supplied: false });
    expect(await env.currentTimeMs()).toBeGreaterThanOrEqual(serverTimeBefore + 10 * DAY_MS);
    expect(Date.now() - wallBefore).toBeLessThan(20_000);
  });
});
