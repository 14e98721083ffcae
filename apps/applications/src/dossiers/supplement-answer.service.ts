import { type SupplementAnswer } from '@kc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { OutboxWriter } from '@kc/messaging';
import { httpError } from '@kc/platform';
import { applicantActor } from './applicant-actor';
import { DossiersRepository } from './dossiers.repository';

/** The applicant answers a supplement request with the documents it asked for. */
@Injectable()
export class SupplementAnswerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DossiersRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Sends the documents uploaded for an open supplement request; every requested item must be there. */
  async submitSupplement(user: AuthUser, id: string, requestId: string, now = new Date()): Promise<SupplementAnswer> {
    return this.dataSource.transaction(async (m) => {
      const d = await this.repo.findOwned(id, user.id, m, true);
      const [request]: { items: { documentCode: string }[]; answered_at: Date | null }[] = await m.query(
        `SELECT items, answered_at FROM applications.supplement_requests WHERE id = $1 AND dossier_id = $2 FOR UPDATE`,
        [requestId, id],
      );
      if (!request) throw httpError(404, 'Không tìm thấy yêu cầu bổ sung.', 'Supplement request not found.');
      if (request.answered_at)
        throw httpError(
          409,
          'Yêu cầu bổ sung này đã được trả lời.',
          'This supplement request has already been answered.',
        );
      const docs = (await this.repo.currentDocuments(id, m)).filter((doc) => doc.supplement_request_id === requestId);
      const missing = request.items.filter((i) => !docs.some((doc) => doc.requirement_code === i.documentCode));
      if (missing.length > 0) {
        throw httpError(
          422,
          'Chưa tải lên đủ tài liệu được yêu cầu bổ sung.',
          'Not every requested document has been uploaded.',
          missing.map((i) => ({
            field: `documents.${i.documentCode}`,
            messageVi: `Thiếu ${i.documentCode}`,
            messageEn: `Missing ${i.documentCode}`,
          })),
        );
      }
      await m.query(`UPDATE applications.supplement_requests SET answered_at = $2 WHERE id = $1`, [requestId, now]);
      await m.query(`UPDATE applications.dossiers SET status = 'IN_REVIEW', updated_at = now() WHERE id = $1`, [id]);
      await this.repo.addTimeline(m, id, {
        at: now,
        kind: 'SUPPLEMENT_SUBMITTED',
        labelVi: 'Đã nộp tài liệu bổ sung',
        labelEn: 'Supplement submitted',
      });
      await this.outbox.publish(m, {
        type: 'SupplementSubmitted',
        aggregateId: id,
        actor: applicantActor(user),
        occurredAt: now,
        payload: {
          applicationId: id,
          dossierCode: d.dossier_code!,
          supplementRequestId: requestId,
          documentIds: docs.map((doc) => doc.id),
          submittedAt: now.toISOString(),
        },
      });
      return { id, status: 'IN_REVIEW', supplementRequestId: requestId, documentIds: docs.map((doc) => doc.id) };
    });
  }
}
