import { withdrawableStatuses, type WithdrawAnswer } from '@kc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { OutboxWriter } from '@kc/messaging';
import { httpError } from '@kc/platform';
import { applicantActor } from './applicant-actor';
import { DossiersRepository } from './dossiers.repository';

/** The applicant withdraws a dossier still in progress (a draft is deleted instead). */
@Injectable()
export class WithdrawalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DossiersRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async withdraw(user: AuthUser, id: string, reason: string, now = new Date()): Promise<WithdrawAnswer> {
    await this.dataSource.transaction(async (m) => {
      const d = await this.repo.findOwned(id, user.id, m, true);
      if (!withdrawableStatuses.includes(d.status)) {
        throw httpError(
          409,
          'Chỉ rút được hồ sơ đã nộp và đang xử lý.',
          'Only a submitted dossier still in progress can be withdrawn.',
        );
      }
      await m.query(
        `UPDATE applications.dossiers SET status = 'WITHDRAWN', withdrawn_reason = $2, updated_at = now() WHERE id = $1`,
        [id, reason],
      );
      await this.repo.addTimeline(m, id, {
        at: now,
        kind: 'WITHDRAWN',
        labelVi: 'Người nộp đã rút hồ sơ',
        labelEn: 'Withdrawn by the applicant',
      });
      await this.outbox.publish(m, {
        type: 'ApplicationWithdrawn',
        aggregateId: id,
        actor: applicantActor(user),
        occurredAt: now,
        payload: { applicationId: id, dossierCode: d.dossier_code!, reason, withdrawnAt: now.toISOString() },
      });
    });
    return { id, status: 'WITHDRAWN' };
  }
}
