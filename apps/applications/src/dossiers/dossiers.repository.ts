import type { SupplementRequest } from '@kc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { pageOffset } from '@kc/platform';
import type { DocumentRow, DossierRow, TimelineRow } from './dossier.row';
import type { ListQuery } from './dossier.schemas';
import { notFound } from './http-errors';

const DOSSIER_COLUMNS = `id, applicant_id, applicant_name, program_code, status, stage, title, establishment, cost, local_unit_code,
  rule_pack_id, dossier_code, lookup_secret, proposed_support_vnd, support_explanation, submitted_at,
  to_char(expected_result_date, 'YYYY-MM-DD') AS expected_result_date, idempotency_key, withdrawn_reason, created_at, updated_at`;

/** SQL for the applications schema; callers pass a transaction's manager when they write. */
/** Roles that read every submitted dossier (local roles read their own unit's only). */
const DEPARTMENT_READERS = ['DEPARTMENT_APPRAISER', 'DEPARTMENT_LEADER', 'OPERATOR', 'ADMIN'];
const LOCAL_READERS = ['LOCAL_OFFICER', 'LOCAL_LEADER'];

@Injectable()
export class DossiersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The applicant's own dossier, or a 404: someone else's dossier answers exactly like a missing one, so
   * an id reveals nothing.
   */
  async findOwned(
    id: string,
    applicantId: string,
    m: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<DossierRow> {
    const rows: DossierRow[] = /^[0-9a-f-]{36}$/i.test(id)
      ? await m.query(
          `SELECT ${DOSSIER_COLUMNS} FROM applications.dossiers WHERE id = $1 AND applicant_id = $2${lock ? ' FOR UPDATE' : ''}`,
          [id, applicantId],
        )
      : [];
    if (!rows[0]) throw notFound();
    return rows[0];
  }

  /**
   * A submitted dossier as an officer may read it, by role: the Department's appraisers, leaders, operators
   * and administrators read every one; a local officer or leader only those of their own unit; a council
   * member only those whose council they sit on, until they declare a conflict (the law: a conflicted member
   * may neither see nor vote). Anything else (a draft included) is a 404.
   */
  async findForOfficer(
    id: string,
    user: { id: string; roles: readonly string[]; unitCode: string | null },
  ): Promise<DossierRow> {
    const holds = (roles: string[]) => user.roles.some((r) => roles.includes(r));
    const rows: DossierRow[] = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.dataSource.query(
          `SELECT ${DOSSIER_COLUMNS} FROM applications.dossiers d
            WHERE id = $1 AND status <> 'DRAFT' AND ($2 OR ($3 AND local_unit_code = $4)
              OR ($5 AND EXISTS (SELECT 1 FROM applications.council_seats s
                                  WHERE s.dossier_id = d.id AND s.member_id = $6 AND NOT s.conflicted)))`,
          [
            id,
            holds(DEPARTMENT_READERS),
            holds(LOCAL_READERS),
            user.unitCode ?? '',
            holds(['COUNCIL_MEMBER']),
            user.id,
          ],
        )
      : [];
    if (!rows[0]) throw notFound();
    return rows[0];
  }

  async findById(
    id: string,
    m: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<DossierRow | undefined> {
    const rows: DossierRow[] = await m.query(
      `SELECT ${DOSSIER_COLUMNS} FROM applications.dossiers WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0];
  }

  async findByCode(code: string): Promise<DossierRow | undefined> {
    const rows: DossierRow[] = await this.dataSource.query(
      `SELECT ${DOSSIER_COLUMNS} FROM applications.dossiers WHERE dossier_code = $1`,
      [code],
    );
    return rows[0];
  }

  async list(applicantId: string, q: ListQuery): Promise<{ items: DossierRow[]; total: number }> {
    const where = ['applicant_id = $1'];
    const params: unknown[] = [applicantId];
    if (q.status) where.push(`status = $${params.push(q.status)}`);
    if (q.programCode) where.push(`program_code = $${params.push(q.programCode)}`);
    const filter = where.join(' AND ');
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM applications.dossiers WHERE ${filter}`,
      params,
    );
    const items: DossierRow[] = await this.dataSource.query(
      `SELECT ${DOSSIER_COLUMNS} FROM applications.dossiers WHERE ${filter} ORDER BY created_at DESC, id
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, pageOffset(q)],
    );
    return { items, total };
  }

  async currentDocuments(dossierId: string, m: EntityManager = this.dataSource.manager): Promise<DocumentRow[]> {
    return m.query(
      `SELECT id, dossier_id, requirement_code, file_name, mime, size_bytes, sha256, storage_key, supplement_request_id, uploaded_at
       FROM applications.documents WHERE dossier_id = $1 AND replaced_at IS NULL ORDER BY uploaded_at, id`,
      [dossierId],
    );
  }

  async timeline(dossierId: string): Promise<TimelineRow[]> {
    return this.dataSource.query(
      `SELECT at, kind, stage, label_vi, label_en, note FROM applications.timeline WHERE dossier_id = $1 ORDER BY at, id`,
      [dossierId],
    );
  }

  async supplementRequests(dossierId: string): Promise<SupplementRequest[]> {
    const rows: {
      id: string;
      items: SupplementRequest['items'];
      due_date: string;
      requested_at: Date;
      answered_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT id, items, to_char(due_date, 'YYYY-MM-DD') AS due_date, requested_at, answered_at
       FROM applications.supplement_requests WHERE dossier_id = $1 ORDER BY requested_at`,
      [dossierId],
    );
    return rows.map((r) => ({
      id: r.id,
      items: r.items,
      dueDate: r.due_date,
      requestedAt: r.requested_at.toISOString(),
      answeredAt: r.answered_at?.toISOString() ?? null,
    }));
  }

  async addTimeline(
    m: EntityManager,
    dossierId: string,
    entry: { at: Date; kind: string; stage?: string | null; labelVi: string; labelEn: string; note?: string | null },
  ): Promise<void> {
    await m.query(
      `INSERT INTO applications.timeline (dossier_id, at, kind, stage, label_vi, label_en, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [dossierId, entry.at, entry.kind, entry.stage ?? null, entry.labelVi, entry.labelEn, entry.note ?? null],
    );
  }
}
