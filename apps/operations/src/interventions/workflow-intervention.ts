import { HttpException, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { TemporalConnection, updateRefusal } from '@kc/temporal';
import { officerActionUpdate, stateQuery } from '@kc/workflows';
import { AuditLogStore } from '../audit/audit-log.store';
import { OPERATIONS_SCHEMA } from '../operations-schema';
import type { OperatorActionInput } from './operator-action';

export interface InterventionResult {
  ok: boolean;
  status: number;
  message?: string;
  messageEn?: string;
  before?: unknown;
  state?: unknown;
}

const pick = (state: unknown) => {
  const s = (state ?? {}) as Record<string, unknown>;
  return { stage: s.stage ?? null, dueAt: s.dueAt ?? null, assigneeId: s.assigneeId ?? null };
};

/**
 * An operator's intervention runs as the owning workflow's `officerAction` Update, the same call the
 * appraisals service makes for its task API: the workflow's validator decides (role, stage, reason) and the
 * workflow's own activities write the timeline; this service adds the audit entry. The Update id makes a
 * retried call (a resumed batch) a no-op in the workflow.
 */
@Injectable()
export class WorkflowIntervention {
  private readonly audit = new AuditLogStore(OPERATIONS_SCHEMA);

  constructor(private readonly temporal: TemporalConnection) {}

  async run(
    user: AuthUser,
    workflowId: string,
    action: OperatorActionInput,
    reason: string,
    updateId?: string,
  ): Promise<InterventionResult> {
    const client = await this.temporal.workflowClient();
    const handle = client.workflow.getHandle(workflowId);
    try {
      const before = await handle.query(stateQuery).catch(() => null);
      const state = await handle.executeUpdate(officerActionUpdate, {
        args: [
          {
            actor: { userId: user.id, roles: user.roles, unitCode: user.unitCode },
            action: { ...action, reason } as never,
          },
        ],
        updateId,
      });
      return { ok: true, status: 200, before, state };
    } catch (error) {
      const refusal = updateRefusal(error);
      if (refusal) return { ok: false, status: 409, message: refusal.vi, messageEn: refusal.en };
      if (error instanceof WorkflowNotFoundError)
        return { ok: false, status: 404, message: 'Không tìm thấy quy trình.', messageEn: 'No such workflow.' };
      throw error;
    }
  }

  /** Records a done intervention in the audit log (who, what, why, and the workflow's state after it). */
  record(
    m: EntityManager,
    user: AuthUser,
    workflowId: string,
    action: OperatorActionInput,
    reason: string,
    result: InterventionResult,
    batch?: string,
  ) {
    return this.audit.append(m, {
      occurredAt: new Date().toISOString(),
      actorKind: 'user',
      actorId: user.id,
      actorRole: user.roles.find((r) => r === 'OPERATOR' || r === 'ADMIN') ?? null,
      action: `Operator${action.type}`,
      caseId: workflowId.split('/').slice(1).join('/') || workflowId,
      caseCode: null,
      reason,
      before: pick(result.before),
      after: { ...action, ...pick(result.state), ...(batch ? { batchJob: batch } : {}) },
      sourceEventId: null,
    });
  }

  static problem(result: InterventionResult): HttpException {
    return new HttpException(
      { statusCode: result.status, message: result.message, messageEn: result.messageEn },
      result.status,
    );
  }
}
