// What submitting the OCOP registration form does: the subject (the producer) is created first, then its
// product with the documents the product needs.
import type { Form } from './register-product-schema';
import type { OcopDocumentKind } from '@kc/domain/ocop';
import { Ocop } from '../../api/ocop';

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
