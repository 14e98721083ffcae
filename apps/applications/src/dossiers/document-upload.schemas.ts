import { z } from 'zod';

/** The form fields sent with an uploaded file: which requirement it is for, and for a submitted dossier the supplement request it answers. */
export const uploadFieldsSchema = z.strictObject({
  requirementCode: z.string().regex(/^[A-Z_]{2,40}$/),
  supplementRequestId: z.string().min(1).max(100).optional(),
});
