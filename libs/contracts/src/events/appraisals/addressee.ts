// Who a dossier's task or escalation is addressed to (tasks and SLA events share it).
import { z } from 'zod';

/** Who a task or an escalation is addressed to: every person with `role` in `unitCode`, or one `assigneeId`. */
export const addresseeSchema = z.object({
  unitCode: z.string().min(1),
  role: z.string().min(1),
  assigneeId: z.string().min(1).nullable(),
});
