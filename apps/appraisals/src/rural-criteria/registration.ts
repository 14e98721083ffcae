import { WorkflowExecutionAlreadyStartedError, type WorkflowClient } from '@temporalio/client';
import { WorkflowIds, WorkflowTypes, type EventActor } from '@kc/contracts';
import { vietnamDate, type OrgUnit } from '@kc/domain';
import type { RuralCriteriaInput } from '@kc/workflows';
import type { AppraisalRow, RuralAppraisalsRepository } from './rural-appraisals.repository';
import type { Registration } from './registration.schema';
import { resolveRegistration, successorCode } from './resolve-registration';

/** Starts the registration's workflow; a repeated start finds it running, which is the goal. */
export async function startRuralWorkflow(
  client: WorkflowClient,
  taskQueue: string,
  row: AppraisalRow,
  units: readonly OrgUnit[],
): Promise<void> {
  const input: RuralCriteriaInput = {
    appraisalId: row.appraisalId,
    communeCode: row.communeCode,
    communeSuccessorCode: successorCode(units, row.communeCode),
    districtCode: row.districtCode,
    level: row.level,
    targetYear: row.targetYear,
    packId: row.packId,
    templateId: row.templateId,
    procedureId: row.procedureId,
  };
  try {
    await client.start(WorkflowTypes.ruralCriteriaAppraisal, {
      taskQueue,
      workflowId: WorkflowIds.ruralCriteriaAppraisal(row.appraisalId),
      args: [input],
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

export interface RegistrationDeps {
  repo: RuralAppraisalsRepository;
  workflows: WorkflowClient;
  taskQueue: string;
  units: readonly OrgUnit[];
}

/**
 * Registers a candidate (row and RuralCriteriaRegistered in one transaction) and starts its workflow.
 * A repeated registration answers the existing one and makes sure its workflow runs.
 */
export async function registerCandidate(deps: RegistrationDeps, body: Registration, actor: EventActor) {
  const registeredOn = body.registeredOn ?? vietnamDate(new Date());
  const input = resolveRegistration(deps.units, body, registeredOn);
  const { row, created } = await deps.repo.register(
    {
      ...input,
      targetYear: body.targetYear,
      areaName: body.areaName ?? '',
      communeGroup: body.communeGroup ?? null,
      registeredOn,
      stage: 'SELF_ASSESSMENT',
      registeredBy: actor.id,
    },
    (appraisalId) => ({
      type: 'RuralCriteriaRegistered',
      aggregateId: appraisalId,
      actor,
      payload: {
        ...input,
        appraisalId,
        targetYear: body.targetYear,
        areaName: body.areaName ?? null,
        registeredOn,
        registeredAt: new Date().toISOString(),
      },
    }),
  );
  await startRuralWorkflow(deps.workflows, deps.taskQueue, row, deps.units);
  return { created, appraisal: row };
}
