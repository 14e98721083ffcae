import type { DataSource } from 'typeorm';
import { DOSSIER_COLUMNS } from './dossier-columns';
import type { DossierRow } from './dossier.row';
import { notFound } from './http-errors';

/** Roles that read every submitted dossier (local roles read their own unit's only). */
const DEPARTMENT_READERS = ['DEPARTMENT_APPRAISER', 'DEPARTMENT_LEADER', 'OPERATOR', 'ADMIN'];
const LOCAL_READERS = ['LOCAL_OFFICER', 'LOCAL_LEADER'];

/**
 * A submitted dossier as an officer may read it, by role: the Department's appraisers, leaders, operators
 * and administrators read every one; a local officer or leader only those of their own unit; a council
 * member only those whose council they sit on, until they declare a conflict (the law: a conflicted member
 * may neither see nor vote). Anything else (a draft included) is a 404.
 */
export async function findForOfficer(
  db: DataSource,
  id: string,
  user: { id: string; roles: readonly string[]; unitCode: string | null },
): Promise<DossierRow> {
  const holds = (roles: string[]) => user.roles.some((r) => roles.includes(r));
  const rows: DossierRow[] = /^[0-9a-f-]{36}$/i.test(id)
    ? await db.query(
        `SELECT ${DOSSIER_COLUMNS} FROM applications.dossiers d
          WHERE id = $1 AND status <> 'DRAFT' AND ($2 OR ($3 AND local_unit_code = $4)
            OR ($5 AND EXISTS (SELECT 1 FROM applications.council_seats s
                                WHERE s.dossier_id = d.id AND s.member_id = $6 AND NOT s.conflicted)))`,
        [id, holds(DEPARTMENT_READERS), holds(LOCAL_READERS), user.unitCode ?? '', holds(['COUNCIL_MEMBER']), user.id],
      )
    : [];
  if (!rows[0]) throw notFound();
  return rows[0];
}
