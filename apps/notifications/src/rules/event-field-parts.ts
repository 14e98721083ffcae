import { z } from 'zod';

// Field schemas several notified events share.
export const instant = z.iso.datetime({ offset: true });
export const day = z.iso.date();
export const addressee = z.looseObject({
  unitCode: z.string().min(1),
  role: z.string().min(1),
  assigneeId: z.string().nullable(),
});
