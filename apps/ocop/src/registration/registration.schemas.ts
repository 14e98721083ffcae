import { z } from 'zod';
import { ocopSubjectKindSchema } from '@kc/contracts';
import { bilingual, pageQueryShape } from '@kc/platform';
import { ocopDocumentKinds, type OcopDocumentKind } from './ocop-documents';

const unitCode = z
  .string()
  .regex(/^[A-Z0-9-]{2,40}$/, bilingual('Mã đơn vị hành chính không hợp lệ.', 'Invalid administrative unit code.'));

export const createSubjectSchema = z.strictObject({
  kind: ocopSubjectKindSchema,
  name: z
    .string()
    .trim()
    .min(2, bilingual('Tên chủ thể cần ít nhất 2 ký tự.', 'The subject name needs at least 2 characters.'))
    .max(300, bilingual('Tên chủ thể tối đa 300 ký tự.', 'The subject name has at most 300 characters.')),
  /** Household businesses and cooperative groups often have none. */
  taxCode: z
    .string()
    .regex(
      /^\d{10}(-\d{3})?$/,
      bilingual('Mã số thuế gồm 10 chữ số (hoặc 10-3).', 'A tax code has 10 digits (or 10-3).'),
    )
    .optional(),
  address: z
    .string()
    .trim()
    .min(5, bilingual('Địa chỉ cần ít nhất 5 ký tự.', 'The address needs at least 5 characters.'))
    .max(500),
  unitCode,
});
export type CreateSubjectRequest = z.infer<typeof createSubjectSchema>;

const documentKinds = Object.keys(ocopDocumentKinds) as [OcopDocumentKind, ...OcopDocumentKind[]];

export const registerProductSchema = z.strictObject({
  subjectId: z.uuid(bilingual('Mã chủ thể không hợp lệ.', 'Invalid subject id.')),
  name: z
    .string()
    .trim()
    .min(2, bilingual('Tên sản phẩm cần ít nhất 2 ký tự.', 'The product name needs at least 2 characters.'))
    .max(300, bilingual('Tên sản phẩm tối đa 300 ký tự.', 'The product name has at most 300 characters.')),
  groupCode: z.string().min(2).max(40),
  subgroupCode: z.string().min(2).max(40),
  /** Defaults to the subject's unit. */
  unitCode: unitCode.optional(),
  documents: z
    .array(z.strictObject({ kind: z.enum(documentKinds), fileName: z.string().trim().min(1).max(255) }))
    .min(1, bilingual('Hồ sơ cần có tài liệu.', 'The dossier needs documents.'))
    .max(50),
  /** Only a Department appraiser entering an earlier dossier may set it; otherwise today (Vietnam time). */
  registeredOn: z.iso
    .date(bilingual('Ngày đăng ký phải có dạng YYYY-MM-DD.', 'The date must be YYYY-MM-DD.'))
    .optional(),
});
export type RegisterProductRequest = z.infer<typeof registerProductSchema>;

export const productListSchema = z.strictObject(pageQueryShape);
export type ProductListQuery = z.infer<typeof productListSchema>;
