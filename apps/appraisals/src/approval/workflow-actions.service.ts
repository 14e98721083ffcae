import { Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { AuthUser } from '@kc/auth';
import { WorkflowIds } from '@kc/contracts';
import { DomainRefusalError, type OfficerAction, type SupportRequestState } from '@kc/domain';
import { httpError } from '@kc/platform';
import { TemporalConnection, updateRefusal } from '@kc/temporal';
import { officerActionUpdate, stateQuery } from '@kc/workflows';
import { TasksRepository } from '../inbox/tasks.repository';
import { maySeeApproval, withSecretVotes } from './approval-visibility';

const notRunning = () => httpError(404, 'Không tìm thấy hồ sơ đang xử lý.', 'No approval workflow for this dossier.');

/** Officers' actions and reads go to the dossier's workflow; its validator has the last word. */
@Injectable()
export class WorkflowActions {
  constructor(
    private readonly temporal: TemporalConnection,
    private readonly tasks: TasksRepository,
  ) {}

  /** The state as this officer may see it; a dossier they may not see is as good as absent (404). */
  async stateFor(user: AuthUser, applicationId: string): Promise<SupportRequestState> {
    const state = await this.state(applicationId);
    if (!maySeeApproval(user, state, await this.tasks.anyVisible(user, applicationId))) throw notRunning();
    return withSecretVotes(state, user);
  }

  async state(applicationId: string): Promise<SupportRequestState> {
    const client = await this.temporal.workflowClient();
    try {
      return await client.workflow.getHandle(WorkflowIds.supportRequest(applicationId)).query(stateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw notRunning();
      throw error;
    }
  }

  /** Runs the action as an Update; the validator's typed refusal becomes a 409 in the platform's exception filter. */
  async act(applicationId: string, user: AuthUser, action: OfficerAction): Promise<SupportRequestState> {
    const client = await this.temporal.workflowClient();
    const handle = client.workflow.getHandle(WorkflowIds.supportRequest(applicationId));
    const claimedBy = await this.tasks.claimHolder(applicationId, user.id);
    try {
      const state = await handle.executeUpdate(officerActionUpdate, {
        args: [{ actor: { userId: user.id, roles: user.roles, unitCode: user.unitCode }, action, claimedBy }],
      });
      return withSecretVotes(state, user);
    } catch (error) {
      const refusal = updateRefusal(error);
      if (refusal) throw new DomainRefusalError(refusal);
      if (error instanceof WorkflowNotFoundError) throw notRunning();
      throw error;
    }
  }
}
