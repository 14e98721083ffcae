import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { ocopPackForRegistration, vietnamDate } from '@kc/domain';
import { OutboxWriter } from '@kc/messaging';
import { httpError } from '@kc/platform';
import { invalidRequest } from '../shared/http-errors';
import { OcopUnits } from '../shared/ocop-units';
import { userActor } from '../shared/user-actor';
import { productProblems, registrationDateProblems } from './registration-checks';
import type { CreateSubjectRequest, RegisterProductRequest } from './registration.schemas';

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
    const registeredOn = body.registeredOn ?? today;
    const dateProblems = registrationDateProblems(body.registeredOn, isAppraiser(user), today);
    if (dateProblems.length) throw invalidRequest(dateProblems);

    const subject = await this.subjectFor(user, body.subjectId);
    const pack = ocopPackForRegistration(registeredOn);
    const unitCode = body.unitCode ?? subject.unit_code;
    const problems = productProblems(pack, body, {
      unitCode,
      unitExisted: this.units.localUnitOn(unitCode, registeredOn) !== undefined,
      registeredOn,
      hasTaxCode: subject.tax_code !== null,
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
