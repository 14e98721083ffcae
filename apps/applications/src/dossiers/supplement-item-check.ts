import type { DataSource } from 'typeorm';
import { httpError } from '@kc/platform';

/** A submitted dossier takes a document only for an item of one of its open supplement requests. */
export async function assertOpenSupplementItem(
  dataSource: DataSource,
  dossierId: string,
  code: string,
  requestId: string | undefined,
): Promise<void> {
  const open: { id: string; items: { documentCode: string }[] }[] = await dataSource.query(
    `SELECT id, items FROM applications.supplement_requests WHERE dossier_id = $1 AND answered_at IS NULL`,
    [dossierId],
  );
  const request = open.find((r) => r.id === requestId);
  if (!request) {
    throw httpError(
      409,
      'Hồ sơ đã nộp chỉ được bổ sung theo yêu cầu đang mở (supplementRequestId).',
      'A submitted dossier only takes documents for an open supplement request (supplementRequestId).',
    );
  }
  if (!request.items.some((i) => i.documentCode === code)) {
    const known = request.items.map((i) => i.documentCode).join(', ');
    throw httpError(
      400,
      `Yêu cầu bổ sung không bao gồm tài liệu ${code} (cần: ${known}).`,
      `The supplement request does not ask for ${code} (asks for: ${known}).`,
    );
  }
}
