import { Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { AuthUser } from '@kc/auth';
import { WorkflowIds } from '@kc/contracts';
import { councilRefusals, DomainRefusalError, type SupportRequestState } from '@kc/domain';
import { httpError, StaffAccountsRepository } from '@kc/platform';
import { TemporalConnection, updateRefusal } from '@kc/temporal';
import { seatCouncilUpdate } from '@kc/workflows';
import { withSecretVotes } from '../approval/approval-visibility';
import { TasksRepository } from '../inbox/tasks.repository';

/** The role every seated member must hold in the directory. */
const COUNCIL_ROLE = 'COUNCIL_MEMBER';

/**
 * The appraiser seats (or re-seats) a dossier's council: every member must be in the staff directory
 * with the council role; the workflow's validator decides the rest.
 */
@Injectable()
export class CouncilSeating {
  constructor(
    private readonly temporal: TemporalConnection,
    private readonly tasks: TasksRepository,
    private readonly staff: StaffAccountsRepository,
  ) {}

  async seat(applicationId: string, user: AuthUser, memberIds: string[]): Promise<SupportRequestState> {
    const unknown = await this.staff.without(COUNCIL_ROLE, memberIds);
    if (unknown.length > 0) throw new DomainRefusalError(councilRefusals.notCouncilMembers(unknown));
    const client = await this.temporal.workflowClient();
    const handle = client.workflow.getHandle(WorkflowIds.supportRequest(applicationId));
    const claimedBy = await this.tasks.claimHolder(applicationId, user.id);
    const actor = { userId: user.id, roles: user.roles, unitCode: user.unitCode };
    try {
      return withSecretVotes(
        await handle.executeUpdate(seatCouncilUpdate, { args: [{ actor, memberIds, claimedBy }] }),
        user,
      );
    } catch (error) {
      const refusal = updateRefusal(error);
      if (refusal) throw new DomainRefusalError(refusal);
      if (error instanceof WorkflowNotFoundError)
        throw httpError(404, 'Không tìm thấy hồ sơ đang xử lý.', 'No approval workflow for this dossier.');
      throw error;
    }
  }
}
