import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventTypes, type EventEnvelope, type TaskCompletedV1, type TaskCreatedV1 } from '@kc/contracts';
import type { InboxContext } from '@kc/messaging';

/** The outcome the appraisals service gives a council member's task when they declare a conflict. */
const CONFLICT_DECLARED = 'CONFLICT_DECLARED';

/**
 * Council seats from the inbox's task events: a council member's task at COUNCIL_REVIEW seats them; a
 * declared conflict closes their task with CONFLICT_DECLARED, which takes their reading right away.
 * Events are handled once (inbox) and the writes are idempotent, so redelivery changes nothing.
 */
@Controller()
export class CouncilSeatsController {
  @EventPattern(EventTypes.TaskCreated)
  async onTaskCreated(@Payload() event: EventEnvelope<TaskCreatedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const p = event.payload;
    if (p.stage !== 'COUNCIL_REVIEW' || p.addressee.role !== 'COUNCIL_MEMBER' || !p.addressee.assigneeId) return;
    await ctx.manager.query(
      `INSERT INTO applications.council_seats (dossier_id, member_id, task_id, seated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (dossier_id, member_id) DO UPDATE SET task_id = EXCLUDED.task_id`,
      [p.applicationId, p.addressee.assigneeId, p.taskId, p.createdAt],
    );
  }

  @EventPattern(EventTypes.TaskCompleted)
  async onTaskCompleted(@Payload() event: EventEnvelope<TaskCompletedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const p = event.payload;
    if (p.outcome !== CONFLICT_DECLARED) return;
    await ctx.manager.query(
      `UPDATE applications.council_seats SET conflicted = true WHERE dossier_id = $1 AND (task_id = $2 OR member_id = $3)`,
      [p.applicationId, p.taskId, p.completedBy ?? ''],
    );
  }
}
