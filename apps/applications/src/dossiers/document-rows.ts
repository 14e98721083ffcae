import type { EntityManager } from 'typeorm';
import type { StoredUpload } from '../documents';

export interface NewDocumentRow {
  id: string;
  dossierId: string;
  requirementCode: string;
  fileName: string;
  storageKey: string;
  supplementRequestId: string | null;
}

/**
 * Marks the requirement's current document replaced and inserts the new one, in the caller's transaction.
 * Returns the storage keys of the documents it replaced.
 */
export async function replaceDocumentRow(
  m: EntityManager,
  row: NewDocumentRow,
  stored: StoredUpload,
): Promise<string[]> {
  const [previous] = (await m.query(
    `UPDATE applications.documents SET replaced_at = now()
      WHERE dossier_id = $1 AND requirement_code = $2 AND replaced_at IS NULL RETURNING storage_key`,
    [row.dossierId, row.requirementCode],
  )) as [{ storage_key: string }[], number];
  await m.query(
    `INSERT INTO applications.documents (id, dossier_id, requirement_code, file_name, mime, size_bytes, sha256, storage_key, supplement_request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      row.id,
      row.dossierId,
      row.requirementCode,
      row.fileName,
      stored.mime,
      stored.sizeBytes,
      stored.sha256,
      row.storageKey,
      row.supplementRequestId,
    ],
  );
  return previous.map((r) => r.storage_key);
}
