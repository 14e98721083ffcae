import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { httpError } from '@kc/platform';
import type { DocumentStorage } from '../documents';
import { DOCUMENT_STORAGE } from './document-storage.token';
import { DossiersRepository } from './dossiers.repository';
import { findForOfficer } from './officer-dossier.query';

/** Opens a current document for the applicant who owns the dossier or an officer who may read it. */
@Injectable()
export class DocumentDownloadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DossiersRepository,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {}

  async download(user: AuthUser, dossierId: string, documentId: string) {
    await this.repo.findOwned(dossierId, user.id); // 404 unless the dossier is the caller's
    return this.open(dossierId, documentId);
  }

  /** An officer's download: 404 unless they may read the dossier (see findForOfficer). */
  async downloadForOfficer(user: AuthUser, dossierId: string, documentId: string) {
    await findForOfficer(this.dataSource, dossierId, user);
    return this.open(dossierId, documentId);
  }

  private async open(dossierId: string, documentId: string) {
    const doc = (await this.repo.currentDocuments(dossierId)).find((d) => d.id === documentId);
    if (!doc) throw httpError(404, 'Không tìm thấy tài liệu.', 'Document not found.');
    return { doc, stream: await this.storage.get(doc.storage_key) };
  }
}
