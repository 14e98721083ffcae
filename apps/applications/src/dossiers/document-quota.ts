import type { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { httpError } from '@kc/platform';

/** An account keeps at most `limitBytes` (MAX_DOCUMENT_BYTES_PER_ACCOUNT) of current documents, over all its dossiers. */
export async function assertWithinQuota(
  dataSource: DataSource,
  user: AuthUser,
  adding: number,
  limitBytes: number,
): Promise<void> {
  const [{ used }] = (await dataSource.query(
    `SELECT coalesce(sum(d.size_bytes), 0)::float8 AS used
       FROM applications.documents d JOIN applications.dossiers x ON x.id = d.dossier_id
      WHERE x.applicant_id = $1 AND d.replaced_at IS NULL`,
    [user.id],
  )) as { used: number }[];
  if (used + adding > limitBytes)
    throw httpError(
      409,
      'Tài khoản đã dùng hết dung lượng tài liệu cho phép. Hãy xoá bớt tài liệu của hồ sơ nháp.',
      'The account has used its document storage quota. Remove documents from drafts first.',
    );
}
