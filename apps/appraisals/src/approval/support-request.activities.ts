import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { WorkflowIds, type Stage } from '@kc/contracts';
import { isFinalStage, packById, unitOfStage, WorkingDayCalendar, type StageEvent } from '@kc/domain';
import type { EventDraft } from '@kc/messaging';
import { OutboxWriter } from '@kc/messaging';
import { loadHolidayTables } from '@kc/platform';
import type { StageStepInput, StageStepResult, SupportRequestActivities } from '@kc/workflows';
import { APPRAISALS_CONFIG } from '../appraisals-config.token';
import type { AppraisalsConfig } from '../config';
import { BudgetLedger } from '../budgets/budget-ledger';
import { StageDeadlines } from './stage-deadlines';
import { addresseeOf, dossierEvent, taskCompleted, taskCreated, type StepIdentity } from './stage-event-mapping';
import { closeOpenTasks, escalationOf, insertTasks, openTasks, tasksForStage } from './task-rows';
import { describeStageEvent } from './timeline-text';

/**
 * The workflow's only way out: each step is recorded once, in one transaction — its events in the
 * appraisals outbox, the inbox's task rows, the timeline, budget releases. A retried activity finds its
 * (workflow, sequence) logged and answers what the first attempt answered, writing nothing again.
 */
@Injectable()
export class SupportRequestActivitiesService implements Pick<SupportRequestActivities, 'publishStageEvents'> {
  private readonly deadlines: StageDeadlines;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly budgets: BudgetLedger,
    @Inject(APPRAISALS_CONFIG) config: AppraisalsConfig,
  ) {
    this.deadlines = new StageDeadlines(new WorkingDayCalendar(loadHolidayTables(config.HOLIDAYS_FILE)));
  }

  async publishStageEvents(input: StageStepInput): Promise<StageStepResult> {
    const workflowId = WorkflowIds.supportRequest(input.applicationId);
    return this.dataSource.transaction(async (m) => {
      const logged: unknown[] = await m.query(
        `INSERT INTO appraisals.activity_log (workflow_id, sequence) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING sequence`,
        [workflowId, input.sequence],
      );
      if (logged.length === 0) {
        const [previous] = (await m.query(
          `SELECT result FROM appraisals.activity_log WHERE workflow_id = $1 AND sequence = $2`,
          [workflowId, input.sequence],
        )) as { result: StageStepResult | null }[];
        return previous?.result ?? { waitlisted: [] };
      }
      const result = await this.record(m, input, workflowId);
      await m.query(`UPDATE appraisals.activity_log SET result = $3 WHERE workflow_id = $1 AND sequence = $2`, [
        workflowId,
        input.sequence,
        JSON.stringify(result),
      ]);
      return result;
    });
  }

  private async record(m: EntityManager, input: StageStepInput, workflowId: string): Promise<StageStepResult> {
    const at = new Date(input.occurredAt);
    const pack = packById(input.rulePackId);
    const step: StepIdentity = {
      applicationId: input.applicationId,
      dossierCode: input.dossierCode,
      at,
      correlationId: workflowId,
      actor: input.actor
        ? { kind: 'user', id: input.actor.userId, role: input.actor.roles[0] }
        : { kind: 'system', id: 'supportRequestWorkflow' },
    };
    const taskContext = { ...input, at };
    const by = input.actor?.userId ?? null;
    const drafts: EventDraft[] = [];
    const result: StageStepResult = { waitlisted: [] };
    let dueAt = input.dueAt;
    const setDue = async (next: string | null) => {
      dueAt = next;
      result.dueAt = next;
      await m.query(
        `UPDATE appraisals.tasks SET due_at = $2, escalated_at = NULL WHERE application_id = $1 AND status = 'OPEN'`,
        [input.applicationId, next],
      );
    };

    for (const e of input.events) {
      switch (e.type) {
        case 'StageChanged': {
          const to = e.to;
          for (const t of await closeOpenTasks(m, input.applicationId, { outcome: input.cause, by, at }))
            drafts.push(taskCompleted(step, t, input.cause, by));
          dueAt = this.deadlines.stageDue(pack, to, at);
          result.dueAt = dueAt;
          drafts.push(
            dossierEvent('StageChanged', step, {
              from: e.from === e.to ? null : e.from,
              to,
              unitCode: isFinalStage(to) ? null : unitOfStage(to, input.localUnitCode),
              dueAt,
              note: e.note,
              changedAt: at.toISOString(),
            }),
          );
          const tasks = tasksForStage(to, taskContext, { council: input.council, assigneeId: null, dueAt });
          await insertTasks(m, taskContext, tasks);
          drafts.push(...tasks.map((t) => taskCreated(step, t)));
          await m.query(`UPDATE appraisals.dossiers SET stage = $2, updated_at = $3 WHERE application_id = $1`, [
            input.applicationId,
            to,
            at,
          ]);
          if (isFinalStage(to)) await this.budgets.dropWaiting(m, input.applicationId);
          break;
        }
        case 'TaskDone':
          for (const t of await closeOpenTasks(m, input.applicationId, {
            outcome: e.outcome,
            by,
            at,
            assigneeId: e.assigneeId,
          }))
            drafts.push(taskCompleted(step, t, e.outcome, by));
          break;
        case 'TaskReassigned': {
          const closed = await closeOpenTasks(m, input.applicationId, { outcome: 'REASSIGNED', by, at });
          const stage = (closed[0]?.stage ?? input.stage) as Stage;
          drafts.push(...closed.map((t) => taskCompleted(step, t, 'REASSIGNED', by)));
          const tasks = tasksForStage(stage, taskContext, { council: [], assigneeId: e.assigneeId, dueAt });
          await insertTasks(m, taskContext, tasks);
          drafts.push(...tasks.map((t) => taskCreated(step, t)));
          break;
        }
        case 'SupplementRequested': {
          result.supplementDueAt = this.deadlines.supplementDue(pack, at);
          drafts.push(
            dossierEvent('SupplementRequested', step, {
              supplementRequestId: `${workflowId}:${input.sequence}`,
              stage: input.stage as Stage,
              items: e.items,
              dueDate: result.supplementDueAt.slice(0, 10),
              requestedAt: at.toISOString(),
            }),
          );
          break;
        }
        case 'DeadlineExtended':
          if (dueAt) await setDue(this.deadlines.extended(dueAt, e.workingDays));
          break;
        case 'DeadlineMoved':
          await setDue(e.dueAt);
          break;
        case 'SlaWarning':
        case 'SlaBreached':
          drafts.push(...(await this.slaEvent(m, e.type, input, step, dueAt, pack)));
          break;
        case 'BudgetReleased':
          result.waitlisted = await this.budgets.release(m, input.applicationId);
          drafts.push(
            dossierEvent('BudgetReleased', step, {
              programCode: input.programCode,
              year: e.year,
              amountVnd: e.amountVnd,
              reason: e.reason,
              releasedAt: at.toISOString(),
            }),
          );
          break;
        default:
          drafts.push(...this.decisionEvent(e, input, step));
      }
    }
    await this.writeTimeline(m, input, at);
    await this.outbox.publish(m, drafts);
    return result;
  }

  /** The stage's officers are warned at 75 %; at breach their tasks are escalated and the applicant gets Form 04. */
  private async slaEvent(
    m: EntityManager,
    type: 'SlaWarning' | 'SlaBreached',
    input: StageStepInput,
    step: StepIdentity,
    dueAt: string | null,
    pack: ReturnType<typeof packById>,
  ): Promise<EventDraft[]> {
    if (!dueAt) return [];
    const stage = input.stage as Stage;
    const column = type === 'SlaWarning' ? 'warned_at' : 'escalated_at';
    await m.query(`UPDATE appraisals.tasks SET ${column} = $2 WHERE application_id = $1 AND status = 'OPEN'`, [
      input.applicationId,
      step.at,
    ]);
    if (type === 'SlaWarning') {
      const tasks = await openTasks(m, input.applicationId);
      return tasks.map((t) =>
        dossierEvent('SlaWarning', step, { stage, addressee: addresseeOf(t), dueAt, warnedAt: step.at.toISOString() }),
      );
    }
    return [
      dossierEvent('SlaBreached', step, {
        stage,
        dueAt,
        escalatedTo: escalationOf(stage, input.localUnitCode),
        newExpectedDate: this.deadlines.newExpectedDate(pack, stage, step.at),
        breachedAt: step.at.toISOString(),
      }),
    ];
  }

  /** Decisions and budget moves that map one-to-one onto contract events. */
  private decisionEvent(e: StageEvent, input: StageStepInput, step: StepIdentity): EventDraft[] {
    const decidedAt = step.at.toISOString();
    switch (e.type) {
      case 'ApplicationRefused':
      case 'ApplicationRejected':
      case 'ApplicationCancelled':
      case 'ApplicationExpired':
        return [dossierEvent(e.type, step, { reason: e.reason, decidedAt })];
      case 'ApplicationApproved':
      case 'DisbursementRecorded':
        return [dossierEvent(e.type, step, { amountVnd: e.amountVnd, decidedAt })];
      case 'ApplicationCompleted':
        return [dossierEvent('ApplicationCompleted', step, { decidedAt })];
      case 'BudgetReserved':
        return [
          dossierEvent('BudgetReserved', step, {
            programCode: input.programCode,
            year: e.year,
            amountVnd: e.amountVnd,
            reservedAt: decidedAt,
          }),
        ];
      default:
        // BudgetWaitlisted has no event of its own: the timeline shows it and the dossier stays at LEADER_APPROVAL.
        return [];
    }
  }

  private async writeTimeline(m: EntityManager, input: StageStepInput, at: Date): Promise<void> {
    let position = 0;
    for (const e of input.events) {
      const line = describeStageEvent(e);
      await m.query(
        `INSERT INTO appraisals.timeline (application_id, sequence, position, at, stage, actor_id, kind, text_vi, text_en)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          input.applicationId,
          input.sequence,
          position++,
          at,
          input.stage,
          input.actor?.userId ?? null,
          line.kind,
          line.vi,
          line.en,
        ],
      );
    }
  }
}
