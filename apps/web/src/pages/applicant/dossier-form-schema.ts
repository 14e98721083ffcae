// The dossier form's values and their schema (which of them each step checks: dossier-form-steps.ts).
import { z } from 'zod';
import { programCodeSchema } from '@kc/contracts';

/** The form's own schema; the server re-checks everything and answers bilingual field problems. */
export const schema = z.object({
  programCode: programCodeSchema,
  title: z.string().trim().min(3, 'validation.title'),
  establishment: z.object({
    name: z.string().trim().min(2, 'validation.estName'),
    // The types come from the programmes (GET /programs), which the server checks the choice against.
    type: z.string().min(1, 'validation.estType'),
    taxCode: z
      .string()
      .trim()
      .regex(/^(\d{10}(-\d{3})?)?$/, 'validation.taxCode'),
    address: z.string().trim().min(5, 'validation.address'),
    phone: z
      .string()
      .trim()
      .regex(/^((\+84|0)\d{9,10})?$/, 'validation.phone'),
  }),
  localUnitCode: z.string().min(2, 'validation.localUnit'),
  cost: z.object({
    eligibleCost: z.string().optional(),
    wholeLine: z.boolean().optional(),
    loanAmount: z.string().optional(),
    rate: z.string().optional(),
    months: z.string().optional(),
  }),
});
export type DossierFormValues = z.infer<typeof schema>;
