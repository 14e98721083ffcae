import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { httpError } from '@kc/platform';
import type { DocumentStorage } from '../documents';
import { deleteStoredFiles } from './delete-stored-files';
import { DOCUMENT_STORAGE } from './document-storage.token';
import { DossiersRepository } from './dossiers.repository';

/** Removes a draft's documents, or the whole draft; a submitted dossier's documents are its record and stay. */
@Injectable()
export class DocumentRemovalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DossiersRepository,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {}

  async remove(user: AuthUser, dossierId: string, documentId: string): Promise<void> {
    const dossier = await this.repo.findOwned(dossierId, user.id);
    if (dossier.status !== 'DRAFT')
      throw httpError(
        409,
        'Không thể xoá tài liệu của hồ sơ đã nộp.',
        'Documents of a submitted dossier cannot be removed.',
      );
    const [removed] = (await this.dataSource.query(
      `UPDATE applications.documents SET replaced_at = now()
        WHERE id = $1 AND dossier_id = $2 AND replaced_at IS NULL RETURNING storage_key`,
      [documentId, dossierId],
    )) as [{ storage_key: string }[], number];
    await deleteStoredFiles(
      this.storage,
      removed.map((r) => r.storage_key),
    );
  }

  /** Deletes a draft with its documents and their files (a submitted dossier is withdrawn instead). */
  async deleteDraft(user: AuthUser, dossierId: string): Promise<void> {
    const keys = await this.dataSource.transaction(async (m) => {
      const dossier = await this.repo.findOwned(dossierId, user.id, m, true);
      if (dossier.status !== 'DRAFT')
        throw httpError(409, 'Chỉ xoá được hồ sơ nháp.', 'Only a draft can be deleted (withdraw a submitted dossier).');
      const [docs] = (await m.query(`DELETE FROM applications.documents WHERE dossier_id = $1 RETURNING storage_key`, [
        dossierId,
      ])) as [{ storage_key: string }[], number];
      await m.query(`DELETE FROM applications.timeline WHERE dossier_id = $1`, [dossierId]);
      await m.query(`DELETE FROM applications.supplement_requests WHERE dossier_id = $1`, [dossierId]);
      await m.query(`DELETE FROM applications.dossiers WHERE id = $1`, [dossierId]);
      return docs.map((d) => d.storage_key);
    });
    await deleteStoredFiles(this.storage, keys);
  }
}
