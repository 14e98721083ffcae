import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DocumentRow } from './document.row';
import type { DossierRow } from './dossier.row';
import type { TimelineRow } from './timeline.row';
import { DOSSIER_COLUMNS } from './dossier-columns';
import { notFound } from './http-errors';

/** SQL for the applications schema; callers pass a transaction's manager when they write. */
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
