import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { ocopPackForRegistration, vietnamDate } from '@kc/domain';
import { OutboxWriter } from '@kc/messaging';
import { type FieldError, httpError } from '@kc/platform';
import { invalidRequest } from '../shared/http-errors';
import { OcopUnits } from '../shared/ocop-units';
import { userActor } from '../shared/user-actor';
import { requiredDocuments, ocopDocumentKinds } from './ocop-documents';
import type { CreateSubjectRequest, RegisterProductRequest } from './registration.schemas';

/** The first OCOP pack (QĐ 1048) took effect on 21/8/2019: no product registers earlier. */
const FIRST_OCOP_DAY = '2019-08-21';
const isAppraiser = (user: AuthUser) => user.roles.includes('DEPARTMENT_APPRAISER');

export interface SubjectRow {
  id: string;
  kind: string;
  name: string;
  tax_code: string | null;
  address: string;
  unit_code: string;
  owner_id: string | null;
}

/** Registers OCOP subjects (chủ thể) and their products; a product's row and event share one transaction. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly units: OcopUnits,
  ) {}

  async createSubject(user: AuthUser, body: CreateSubjectRequest) {
    const today = vietnamDate(new Date());
    if (!this.units.localUnitOn(body.unitCode, today))
      throw invalidRequest([
        { field: 'unitCode', messageVi: 'Không có xã/phường này.', messageEn: 'No such commune or ward today.' },
      ]);
    const id = randomUUID();
    // An applicant registers their own subject; an appraiser registers one on an applicant's behalf.
    const ownerId = isAppraiser(user) ? null : user.id;
    await this.dataSource.query(
      `INSERT INTO ocop.subjects (id, kind, name, tax_code, address, unit_code, owner_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, body.kind, body.name, body.taxCode ?? null, body.address, body.unitCode, ownerId, user.id],
    );
    return { id, ...body, ownerId };
  }

  /** The subject, if the caller may register products for it (404 otherwise: an id reveals nothing). */
  async subjectFor(user: AuthUser, subjectId: string): Promise<SubjectRow> {
    const [row]: SubjectRow[] = await this.dataSource.query(
      `SELECT id, kind, name, tax_code, address, unit_code, owner_id FROM ocop.subjects WHERE id = $1`,
      [subjectId],
    );
    if (!row || (!isAppraiser(user) && row.owner_id !== user.id))
      throw httpError(404, 'Không tìm thấy chủ thể OCOP.', 'OCOP subject not found.');
    return row;
  }

  async registerProduct(user: AuthUser, body: RegisterProductRequest) {
    const today = vietnamDate(new Date());
    const problems: FieldError[] = [];
    if (body.registeredOn && !isAppraiser(user))
      problems.push({
        field: 'registeredOn',
        messageVi: 'Chỉ cán bộ thẩm định được nhập ngày đăng ký.',
        messageEn: 'Only a Department appraiser may set the registration date.',
      });
    const registeredOn = body.registeredOn ?? today;
    if (registeredOn > today || registeredOn < FIRST_OCOP_DAY)
      problems.push({
        field: 'registeredOn',
        messageVi: `Ngày đăng ký phải từ ${FIRST_OCOP_DAY} đến hôm nay.`,
        messageEn: `The registration date must be between ${FIRST_OCOP_DAY} and today.`,
      });
    if (problems.length) throw invalidRequest(problems);

    const subject = await this.subjectFor(user, body.subjectId);
    const pack = ocopPackForRegistration(registeredOn);
    const group = pack.productGroups.find((g) => g.code === body.groupCode);
    const subgroup = group?.subgroups.find((s) => s.code === body.subgroupCode);
    const unitCode = body.unitCode ?? subject.unit_code;
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
    if (!this.units.localUnitOn(unitCode, registeredOn))
      problems.push({
        field: 'unitCode',
        messageVi: `Đơn vị ${unitCode} không tồn tại vào ngày ${registeredOn}.`,
        messageEn: `Unit ${unitCode} did not exist on ${registeredOn}.`,
      });
    const given = new Set(body.documents.map((d) => d.kind));
    const missing = requiredDocuments({
      hasTaxCode: subject.tax_code !== null,
      isService: subgroup?.family === 'TOURISM',
    }).filter((k) => !given.has(k));
    if (missing.length)
      problems.push({
        field: 'documents',
        messageVi: `Thiếu tài liệu: ${missing.map((k) => ocopDocumentKinds[k].vi).join('; ')}.`,
        messageEn: `Missing documents: ${missing.map((k) => ocopDocumentKinds[k].en).join('; ')}.`,
      });
    if (problems.length) throw invalidRequest(problems);

    const id = randomUUID();
    const registeredAt = new Date();
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO ocop.products (id, subject_id, name, group_code, subgroup_code, unit_code, documents, registered_on, pack_id, registered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          subject.id,
          body.name,
          body.groupCode,
          body.subgroupCode,
          unitCode,
          JSON.stringify(body.documents),
          registeredOn,
          pack.id,
          user.id,
        ],
      );
      await this.outbox.publish(m, {
        type: 'OcopProductRegistered',
        aggregateId: id,
        actor: userActor(user),
        occurredAt: registeredAt,
        payload: {
          productId: id,
          productName: body.name,
          subjectId: subject.id,
          subjectName: subject.name,
          subjectKind: subject.kind as 'ENTERPRISE',
          groupCode: body.groupCode,
          subgroupCode: body.subgroupCode,
          unitCode,
          registeredOn,
          packId: pack.id,
          documentCodes: body.documents.map((d) => d.kind),
          registeredAt: registeredAt.toISOString(),
        },
      });
    });
    return { id, subjectId: subject.id, name: body.name, unitCode, registeredOn, packId: pack.id };
  }
}
