import type { UploadedDocument } from '@kc/contracts';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { httpError } from '@kc/platform';
import {
  DocumentTooLargeError,
  storeSniffedUpload,
  UnsupportedFileTypeError,
  type DocumentStorage,
} from '../documents';
import { APPLICATIONS_CONFIG } from '../applications-config.token';
import type { ApplicationsConfig } from '../config';
import { deleteStoredFiles } from './delete-stored-files';
import { assertWithinQuota } from './document-quota';
import { replaceDocumentRow } from './document-rows';
import { DOCUMENT_STORAGE } from './document-storage.token';
import { DossiersRepository } from './dossiers.repository';
import { assertProgramRequiresDocument } from './program-document-check';
import { assertOpenSupplementItem } from './supplement-item-check';
import { cleanFileName, type UploadedFile } from './uploaded-file';

@Injectable()
export class DocumentUploadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DossiersRepository,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(APPLICATIONS_CONFIG) private readonly config: ApplicationsConfig,
  ) {}

  /**
   * Adds or replaces the document for one requirement: while the dossier is a draft, or afterwards only for
   * an item of an open supplement request. The type is judged from the content, never from the name.
   */
  async upload(
    user: AuthUser,
    dossierId: string,
    requirementCode: string,
    file: UploadedFile | undefined,
    supplementRequestId?: string,
  ): Promise<UploadedDocument> {
    if (!file) throw httpError(400, 'Chưa chọn tệp (trường "file").', 'No file in the "file" field.');
    const dossier = await this.repo.findOwned(dossierId, user.id);
    if (dossier.status === 'DRAFT') assertProgramRequiresDocument(dossier.program_code, requirementCode);
    else await assertOpenSupplementItem(this.dataSource, dossierId, requirementCode, supplementRequestId);
    await assertWithinQuota(this.dataSource, user, file.buffer.length, this.config.MAX_DOCUMENT_BYTES_PER_ACCOUNT);
    const id = randomUUID();
    const key = `${dossierId}/${id}`;
    const stored = await this.store(file.buffer, key);
    const fileName = cleanFileName(file.originalname);
    const row = {
      id,
      dossierId,
      requirementCode,
      fileName,
      storageKey: key,
      supplementRequestId: supplementRequestId ?? null,
    };
    const replaced = await this.dataSource
      .transaction((m) => replaceDocumentRow(m, row, stored))
      .catch(async (error: unknown) => {
        await this.storage.delete(key); // the row was not written: the file would be an orphan
        throw error;
      });
    // A draft's replaced file is nobody's record: delete it. A submitted dossier's earlier file stays, since it
    // is what was submitted (the officers' record of the dossier).
    if (dossier.status === 'DRAFT') await deleteStoredFiles(this.storage, replaced);
    return { id, requirementCode, fileName, mime: stored.mime, sizeBytes: stored.sizeBytes, sha256: stored.sha256 };
  }

  /** Streams the content into storage once its type is judged allowed; refusals become 415 and 413. */
  private async store(content: Buffer, key: string) {
    try {
      return await storeSniffedUpload(Readable.from([content]), this.storage, key, this.config.MAX_UPLOAD_BYTES);
    } catch (error) {
      if (error instanceof UnsupportedFileTypeError) throw httpError(415, error.reasonVi, error.reasonEn);
      if (error instanceof DocumentTooLargeError) throw httpError(413, error.reasonVi, error.reasonEn);
      throw error;
    }
  }
}
