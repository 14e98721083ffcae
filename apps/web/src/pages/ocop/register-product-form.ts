// The OCOP registration form's rules, and what submitting it does: the subject (the producer) is created
// first, then its product with the documents the product needs.
import { z } from 'zod';
import { ocopSubjectKindSchema } from '@kc/contracts';
import type { OcopDocumentKind } from '@kc/domain/ocop';
import { Ocop } from '../../api/ocop';

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

export async function registerProduct(f: Form, needed: OcopDocumentKind[]) {
  const subject = await Ocop.createSubject({
    kind: f.subject.kind,
    name: f.subject.name,
    address: f.subject.address,
    unitCode: f.subject.unitCode,
    ...(f.subject.taxCode ? { taxCode: f.subject.taxCode } : {}),
  });
  return Ocop.registerProduct({
    subjectId: subject.id,
    name: f.name,
    groupCode: f.groupCode,
    subgroupCode: f.subgroupCode,
    documents: needed.filter((k) => f.files[k]?.trim()).map((k) => ({ kind: k, fileName: f.files[k]!.trim() })),
  });
}
