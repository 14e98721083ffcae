import type { DataSource } from 'typeorm';
import { pageOffset } from '@kc/platform';
import { DOSSIER_COLUMNS } from './dossier-columns';
import type { DossierRow } from './dossier.row';
import type { ListQuery } from './dossier.schemas';

/** One page of the applicant's dossiers, newest first, filtered by status or programme. */
export async function listApplicantDossiers(
  db: DataSource,
  applicantId: string,
  q: ListQuery,
): Promise<{ items: DossierRow[]; total: number }> {
  const where = ['applicant_id = $1'];
  const params: unknown[] = [applicantId];
  if (q.status) where.push(`status = $${params.push(q.status)}`);
  if (q.programCode) where.push(`program_code = $${params.push(q.programCode)}`);
  const filter = where.join(' AND ');
  const [{ total }] = await db.query(
    `SELECT count(*)::int AS total FROM applications.dossiers WHERE ${filter}`,
    params,
  );
  const items: DossierRow[] = await db.query(
    `SELECT ${DOSSIER_COLUMNS} FROM applications.dossiers WHERE ${filter} ORDER BY created_at DESC, id
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, q.pageSize, pageOffset(q)],
  );
  return { items, total };
}
