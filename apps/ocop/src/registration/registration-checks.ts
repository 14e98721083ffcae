import type { OcopPack } from '@kc/domain';
import type { FieldError } from '@kc/platform';
import { ocopDocumentKinds, requiredDocuments } from './ocop-documents';
import type { RegisterProductRequest } from './registration.schemas';

/** The first OCOP pack (QĐ 1048) took effect on 21/8/2019: no product registers earlier. */
const FIRST_OCOP_DAY = '2019-08-21';

/** The registration date: set by an appraiser only (a paper registration), never before 2019 or in the future. */
export function registrationDateProblems(given: string | undefined, byAppraiser: boolean, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (given && !byAppraiser)
    problems.push({
      field: 'registeredOn',
      messageVi: 'Chỉ cán bộ thẩm định được nhập ngày đăng ký.',
      messageEn: 'Only a Department appraiser may set the registration date.',
    });
  const registeredOn = given ?? today;
  if (registeredOn > today || registeredOn < FIRST_OCOP_DAY)
    problems.push({
      field: 'registeredOn',
      messageVi: `Ngày đăng ký phải từ ${FIRST_OCOP_DAY} đến hôm nay.`,
      messageEn: `The registration date must be between ${FIRST_OCOP_DAY} and today.`,
    });
  return problems;
}

/**
 * A product against the pack of its registration date: its group and subgroup, its unit as it was that
 * day, and the documents the subject (tax code or not) and the product's family (a service or not) require.
 */
export function productProblems(
  pack: OcopPack,
  body: Pick<RegisterProductRequest, 'groupCode' | 'subgroupCode' | 'documents'>,
  facts: { unitCode: string; unitExisted: boolean; registeredOn: string; hasTaxCode: boolean },
): FieldError[] {
  const problems: FieldError[] = [];
  const group = pack.productGroups.find((g) => g.code === body.groupCode);
  const subgroup = group?.subgroups.find((s) => s.code === body.subgroupCode);
  if (!group)
    problems.push({
      field: 'groupCode',
      messageVi: `Nhóm sản phẩm không có trong bộ tiêu chí ${pack.id}: ${pack.productGroups.map((g) => g.code).join(', ')}.`,
      messageEn: `Unknown product group under ${pack.id}: ${pack.productGroups.map((g) => g.code).join(', ')}.`,
    });
  else if (!subgroup)
    problems.push({
      field: 'subgroupCode',
      messageVi: `Phân nhóm không thuộc nhóm ${group.code}: ${group.subgroups.map((s) => s.code).join(', ')}.`,
      messageEn: `Subgroup not in group ${group.code}: ${group.subgroups.map((s) => s.code).join(', ')}.`,
    });
  if (!facts.unitExisted)
    problems.push({
      field: 'unitCode',
      messageVi: `Đơn vị ${facts.unitCode} không tồn tại vào ngày ${facts.registeredOn}.`,
      messageEn: `Unit ${facts.unitCode} did not exist on ${facts.registeredOn}.`,
    });
  const given = new Set(body.documents.map((d) => d.kind));
  const missing = requiredDocuments({
    hasTaxCode: facts.hasTaxCode,
    isService: subgroup?.family === 'TOURISM',
  }).filter((k) => !given.has(k));
  if (missing.length)
    problems.push({
      field: 'documents',
      messageVi: `Thiếu tài liệu: ${missing.map((k) => ocopDocumentKinds[k].vi).join('; ')}.`,
      messageEn: `Missing documents: ${missing.map((k) => ocopDocumentKinds[k].en).join('; ')}.`,
    });
  return problems;
}
