import type { UploadedDocument } from '@kc/contracts';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { packInForce, vietnamDate } from '@kc/domain';
import {
  DocumentTooLargeError,
  storeSniffedUpload,
  UnsupportedFileTypeError,
  type DocumentStorage,
} from '../documents';
import { DOCUMENT_STORAGE } from './document-storage.token';
import { DossiersRepository } from './dossiers.repository';
import { httpError } from '@kc/platform';
import { APPLICATIONS_CONFIG } from '../applications-config.token';
import type { ApplicationsConfig } from '../config';

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
}

/** Keeps only a file's own name, in NFC, without control characters, so it is safe to show and to send back. */
function cleanFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? 'tep';
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').slice(-200) || 'tep';
}

@Injectable()
export class DocumentsService {
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
  ) {
    if (!file) throw httpError(400, 'Chưa chọn tệp (trường "file").', 'No file in the "file" field.');
    const dossier = await this.repo.findOwned(dossierId, user.id);
    if (dossier.status === 'DRAFT') {
      const rule = packInForce(vietnamDate(new Date())).programs[dossier.program_code];
      if (!rule.requiredDocuments.some((d) => d.code === requirementCode)) {
        throw httpError(
          400,
          `Chương trình không yêu cầu loại tài liệu ${requirementCode}.`,
          `The programme has no document type ${requirementCode}.`,
          [
            {
              field: 'requirementCode',
              messageVi: `Mã tài liệu hợp lệ: ${rule.requiredDocuments.map((d) => d.code).join(', ')}`,
              messageEn: 'Unknown document type',
            },
          ],
        );
      }
    } else {
      await this.assertOpenSupplementItem(dossierId, requirementCode, supplementRequestId);
    }
    await this.assertWithinQuota(user, file.buffer.length);
    const id = randomUUID();
    const key = `${dossierId}/${id}`;
    let stored;
    try {
      stored = await storeSniffedUpload(Readable.from([file.buffer]), this.storage, key, this.config.MAX_UPLOAD_BYTES);
    } catch (error) {
      if (error instanceof UnsupportedFileTypeError) throw httpError(415, error.reasonVi, error.reasonEn);
      if (error instanceof DocumentTooLargeError) throw httpError(413, error.reasonVi, error.reasonEn);
      throw error;
    }
    const fileName = cleanFileName(file.originalname);
    const replaced = await this.dataSource
      .transaction(async (m) => {
        const [previous] = (await m.query(
          `UPDATE applications.documents SET replaced_at = now()
            WHERE dossier_id = $1 AND requirement_code = $2 AND replaced_at IS NULL RETURNING storage_key`,
          [dossierId, requirementCode],
        )) as [{ storage_key: string }[], number];
        await m.query(
          `INSERT INTO applications.documents (id, dossier_id, requirement_code, file_name, mime, size_bytes, sha256, storage_key, supplement_request_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            id,
            dossierId,
            requirementCode,
            fileName,
            stored.mime,
            stored.sizeBytes,
            stored.sha256,
            key,
            supplementRequestId ?? null,
          ],
        );
        return previous;
      })
      .catch(async (error: unknown) => {
        await this.storage.delete(key); // the row was not written: the file would be an orphan
        throw error;
      });
    // A draft's replaced file is nobody's record: delete it. A submitted dossier's earlier file stays, since it
    // is what was submitted (the officers' record of the dossier).
    if (dossier.status === 'DRAFT') await this.deleteFiles(replaced.map((r) => r.storage_key));
    const answer: UploadedDocument = {
      id,
      requirementCode,
      fileName,
      mime: stored.mime,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
    };
    return answer;
  }

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
    await this.deleteFiles(removed.map((r) => r.storage_key));
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
    await this.deleteFiles(keys);
  }

  /** Deletes files whose rows no longer point at them (the row stays, marked replaced, as the draft's history). */
  private async deleteFiles(keys: string[]): Promise<void> {
    for (const key of keys) await this.storage.delete(key);
  }

  /** An account keeps at most MAX_DOCUMENT_BYTES_PER_ACCOUNT of current documents, over all its dossiers. */
  private async assertWithinQuota(user: AuthUser, adding: number): Promise<void> {
    const [{ used }] = (await this.dataSource.query(
      `SELECT coalesce(sum(d.size_bytes), 0)::float8 AS used
         FROM applications.documents d JOIN applications.dossiers x ON x.id = d.dossier_id
        WHERE x.applicant_id = $1 AND d.replaced_at IS NULL`,
      [user.id],
    )) as { used: number }[];
    if (used + adding > this.config.MAX_DOCUMENT_BYTES_PER_ACCOUNT)
      throw httpError(
        409,
        'Tài khoản đã dùng hết dung lượng tài liệu cho phép. Hãy xoá bớt tài liệu của hồ sơ nháp.',
        'The account has used its document storage quota. Remove documents from drafts first.',
      );
  }

  async download(user: AuthUser, dossierId: string, documentId: string) {
    await this.repo.findOwned(dossierId, user.id); // 404 unless the dossier is the caller's
    return this.open(dossierId, documentId);
  }

  /** An officer's download: 404 unless they may read the dossier (see findForOfficer). */
  async downloadForOfficer(user: AuthUser, dossierId: string, documentId: string) {
    await this.repo.findForOfficer(dossierId, user);
    return this.open(dossierId, documentId);
  }

  private async open(dossierId: string, documentId: string) {
    const doc = (await this.repo.currentDocuments(dossierId)).find((d) => d.id === documentId);
    if (!doc) throw httpError(404, 'Không tìm thấy tài liệu.', 'Document not found.');
    return { doc, stream: await this.storage.get(doc.storage_key) };
  }

  private async assertOpenSupplementItem(
    dossierId: string,
    code: string,
    requestId: string | undefined,
  ): Promise<void> {
    const open: { id: string; items: { documentCode: string }[] }[] = await this.dataSource.query(
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
}
