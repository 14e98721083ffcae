// The OCOP registration form's rules: the subject (the producer), the product and its documents' file names.
import { z } from 'zod';
import { ocopSubjectKindSchema } from '@kc/contracts';

export const schema = z.object({
  subject: z.object({
    kind: ocopSubjectKindSchema,
    name: z.string().trim().min(2, 'validation.estName'),
    taxCode: z
      .string()
      .trim()
      .regex(/^(\d{10}(-\d{3})?)?$/, 'validation.taxCode'),
    address: z.string().trim().min(5, 'validation.address'),
    unitCode: z.string().min(2, 'validation.localUnit'),
  }),
  name: z.string().trim().min(2, 'validation.productName'),
  groupCode: z.string().min(2, 'validation.choose'),
  subgroupCode: z.string().min(2, 'validation.choose'),
  files: z.record(z.string(), z.string()),
});
export type Form = z.infer<typeof schema>;
