// The approval workflow's deadlines as the law counts them, in working days, with Temporal's time-skipping
// test server: days pass in seconds. The step activity here answers with the service's real deadline
// arithmetic (StageDeadlines on the Vietnamese holiday calendar) and records what the workflow publishes.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowIds, WorkflowTypes } from '@kc/contracts';
import { packById, vietnamHolidays, WorkingDayCalendar, type Actor, type SupportRequestState } from '@kc/domain';
import { createTimeSkippingWorkflowEnvironment, runTestWorker, type RunningTestWorker } from '@kc/testing';
import {
  officerActionUpdate,
  stateQuery,
  type StageStepInput,
  type StageStepResult,
  type SupportRequestActivities,
  type SupportRequestInput,
} from '@kc/workflows';
import { StageDeadlines } from '../src/approval/stage-deadlines';

const HOUR = 3_600_000;
const commune: Actor = { userId: 'xa-1', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' };

describe('stage deadlines in working days, with time skipping', () => {
  let env: TestWorkflowEnvironment;
  let worker: RunningTestWorker | undefined;
  const taskQueue = `approvals-sla-${randomUUID()}`;
  const deadlines = new StageDeadlines(new WorkingDayCalendar(vietnamHolidays));
  const steps: (StageStepInput & { result: StageStepResult })[] = [];
  const activities: SupportRequestActivities = {
    async publishStageEvents(input) {
      const pack = packById(input.rulePackId);
      const at = new Date(input.occurredAt);
      const result: StageStepResult = { waitlisted: [] };
      for (const e of input.events) {
        if (e.type === 'StageChanged') result.dueAt = deadlines.stageDue(pack, e.to, at);
        if (e.type === 'SupplementRequested') result.supplementDueAt = deadlines.supplementDue(pack, at);
        if (e.type === 'DeadlineExtended' && input.dueAt) result.dueAt = deadlines.extended(input.dueAt, e.workingDays);
      }
      steps.push({ ...input, result });
      return result;
    },
    async reserveBudget(input) {
      return { reserved: true, year: input.year };
    },
  };

  beforeAll(async () => {
    env = await createTimeSkippingWorkflowEnvironment();
    worker = await runTestWorker(env, { taskQueue, activities });
  });
  afterAll(async () => worker?.stop());

  const start = async () => {
    const applicationId = randomUUID();
    const input: SupportRequestInput = {
      applicationId,
      dossierCode: 'KC-2026-000901',
      programCode: 'ROOFTOP_SOLAR',
      rulePackId: 'dong-nai-2025-07',
      localUnitCode: 'X-XUAN-LOC',
      maxSupportVnd: 300_000_000,
      council: ['hd-1'],
      quorum: { numerator: 2, denominator: 3 },
    };
    const handle = await env.client.workflow.start(WorkflowTypes.supportRequest, {
      taskQueue,
      workflowId: WorkflowIds.supportRequest(applicationId),
      args: [input],
    });
    const ours = () => steps.filter((s) => s.applicationId === applicationId);
    return { handle, ours };
  };

  it('warns after 75 % of reception’s 3 working days and escalates once they have passed', async () => {
    const { handle, ours } = await start();
    // Nobody acts: the workflow sleeps on its own timers, which the test server skips through.
    await env.sleep('10 days');
    const warning = ours().find((s) => s.events.some((e) => e.type === 'SlaWarning'));
    const breach = ours().find((s) => s.events.some((e) => e.type === 'SlaBreached'));
    const dueAt = ours()[0]!.result.dueAt!;
    const opened = Date.parse(ours()[0]!.occurredAt);
    expect(warning).toBeDefined();
    expect(breach).toBeDefined();
    const warnedAt = Date.parse(warning!.occurredAt);
    expect(warnedAt).toBeGreaterThanOrEqual(opened + 0.75 * (Date.parse(dueAt) - opened) - HOUR);
    expect(warnedAt).toBeLessThan(Date.parse(dueAt));
    expect(Date.parse(breach!.occurredAt)).toBeGreaterThanOrEqual(Date.parse(dueAt));
    expect(await handle.query(stateQuery)).toMatchObject({ stage: 'RECEPTION', overdue: true, slaWarned: true });
    await handle.terminate('test finished');
  });

  it('expires a dossier whose applicant does not answer a supplement within 15 working days', async () => {
    const { handle, ours } = await start();
    await handle.executeUpdate(officerActionUpdate, {
      args: [
        {
          actor: commune,
          action: {
            type: 'REQUEST_SUPPLEMENT',
            items: [{ documentCode: 'SOLAR_DESIGN', reasonVi: 'Thiết kế thiếu chữ ký kỹ sư' }],
          },
        },
      ],
    });
    const result = (await handle.result()) as SupportRequestState;
    expect(result.stage).toBe('EXPIRED');
    const asked = ours().find((s) => s.events.some((e) => e.type === 'SupplementRequested'))!;
    const expired = ours().find((s) => s.events.some((e) => e.type === 'ApplicationExpired'))!;
    expect(Date.parse(expired.occurredAt)).toBeGreaterThanOrEqual(Date.parse(asked.result.supplementDueAt!));
    // The stage's own clock stood still meanwhile: no SLA breach while the applicant had the dossier.
    expect(ours().some((s) => s.events.some((e) => e.type === 'SlaBreached'))).toBe(false);
  });
});
