import type { Receipt } from '@kc/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { packInForce, Programs, vietnamDate } from '@kc/domain';
import { OutboxWriter } from '@kc/messaging';
import { DossierCodeAllocator } from './dossier-code.allocator';
import { applicantActor } from './applicant-actor';
import { DossiersRepository } from './dossiers.repository';
import type { DossierRow } from './dossier.row';
import { httpError } from '@kc/platform';
import { ReferenceData } from './reference-data';
import { newLookupSecret } from '../lookup/lookup-secret';
import { checkSubmission } from './submission-rules';
import { APPLICATIONS_CONFIG } from '../applications-config.token';
import type { ApplicationsConfig } from '../config';

/** The receipt (Form 01) as the applicant's routes answer it: @kc/contracts' Receipt. */
export type ReceiptView = Receipt;

/**
 * Submission: completeness and eligibility under the pack in force today, a dossier code, the receipt
 * (Form 01), and ApplicationSubmitted in the outbox, all in one transaction.
 */
@Injectable()
export class SubmitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DossiersRepository,
    private readonly reference: ReferenceData,
    private readonly codes: DossierCodeAllocator,
    private readonly outbox: OutboxWriter,
    @Inject(APPLICATIONS_CONFIG) private readonly config: ApplicationsConfig,
  ) {}

  async submit(
    user: AuthUser,
    id: string,
    idempotencyKey: string | undefined,
    now = new Date(),
  ): Promise<{ replayed: boolean; receipt: ReceiptView }> {
    if (idempotencyKey !== undefined && !/^[\w.:-]{8,200}$/.test(idempotencyKey)) {
      throw httpError(
        400,
        'Idempotency-Key phải dài 8–200 ký tự chữ, số, . : _ -',
        'Idempotency-Key must be 8–200 characters of letters, digits, . : _ -',
      );
    }
    const day = vietnamDate(now);
    await this.codes.ensureYear(Number(day.slice(0, 4)));
    return this.dataSource.transaction(async (m) => {
      const dossier = await this.repo.findOwned(id, user.id, m, true);
      if (dossier.status !== 'DRAFT') {
        if (idempotencyKey && dossier.idempotency_key === idempotencyKey)
          return { replayed: true, receipt: this.receiptOf(dossier) };
        throw httpError(409, 'Hồ sơ đã được nộp trước đó.', 'The dossier has already been submitted.');
      }
      const pack = packInForce(day);
      const documents = await this.repo.currentDocuments(id, m);
      const verdict = checkSubmission(
        {
          programCode: dossier.program_code,
          establishmentType: dossier.establishment.type,
          localUnitCode: dossier.local_unit_code,
          cost: dossier.cost,
          documentCodes: documents.map((d) => d.requirement_code),
        },
        pack,
        this.reference.units,
        day,
      );
      if (!verdict.ok)
        throw httpError(
          422,
          'Hồ sơ chưa đủ điều kiện để nộp.',
          'The dossier cannot be submitted yet.',
          verdict.problems,
        );

      const totalDays = Object.values(pack.stageDeadlineDays).reduce((a, b) => a + (b ?? 0), 0);
      const expectedResultDate = this.reference.calendar.addWorkingDays(day, totalDays);
      const code = await this.codes.next(m, Number(day.slice(0, 4)));
      const secret = newLookupSecret();
      // One round trip for the dossier and its timeline entry: submission is the hot path of the service.
      await m.query(
        `WITH submitted AS (
           UPDATE applications.dossiers SET status = 'SUBMITTED', rule_pack_id = $2, dossier_code = $3, lookup_secret = $4,
             proposed_support_vnd = $5, support_explanation = $6, submitted_at = $7, expected_result_date = $8, idempotency_key = $9,
             updated_at = now()
           WHERE id = $1 RETURNING id)
         INSERT INTO applications.timeline (dossier_id, at, kind, label_vi, label_en)
         SELECT id, $7, 'SUBMITTED', $10, $11 FROM submitted`,
        [
          id,
          pack.id,
          code,
          secret,
          verdict.support.supportVnd,
          verdict.support.explanationVi,
          now,
          expectedResultDate,
          idempotencyKey ?? null,
          `Đã nộp hồ sơ, mã ${code}`,
          `Submitted as ${code}`,
        ],
      );
      await this.outbox.publish(m, {
        type: 'ApplicationSubmitted',
        aggregateId: id,
        actor: applicantActor(user),
        occurredAt: now,
        payload: {
          applicationId: id,
          dossierCode: code,
          programCode: dossier.program_code,
          rulePackId: pack.id,
          applicantId: user.id,
          applicantName: dossier.applicant_name,
          localUnitCode: dossier.local_unit_code,
          submittedAt: now.toISOString(),
          eligibleCostVnd: Number(dossier.cost.eligibleCostVnd ?? dossier.cost.loanAmountVnd ?? 0),
          proposedSupportVnd: verdict.support.supportVnd,
          expectedResultDate,
          // Submitted through this portal, every document an uploaded file (operations' online indicators).
          submissionChannel: 'ONLINE',
          documentCount: documents.length,
        },
      });
      const submitted: DossierRow = {
        ...dossier,
        rule_pack_id: pack.id,
        dossier_code: code,
        lookup_secret: secret,
        proposed_support_vnd: String(verdict.support.supportVnd),
        support_explanation: verdict.support.explanationVi,
        submitted_at: now,
        expected_result_date: expectedResultDate,
      };
      return { replayed: false, receipt: this.receiptOf(submitted) };
    });
  }

  async receiptFor(user: AuthUser, id: string): Promise<ReceiptView> {
    const dossier = await this.repo.findOwned(id, user.id);
    if (!dossier.dossier_code)
      throw httpError(
        409,
        'Hồ sơ chưa nộp nên chưa có giấy tiếp nhận.',
        'The dossier has not been submitted, so it has no receipt.',
      );
    return this.receiptOf(dossier);
  }

  receiptOf(d: DossierRow): ReceiptView {
    return {
      dossierId: d.id,
      dossierCode: d.dossier_code!,
      lookupSecret: d.lookup_secret!,
      receivedAt: d.submitted_at!.toISOString(),
      expectedResultDate: d.expected_result_date!,
      rulePackId: d.rule_pack_id!,
      proposedSupportVnd: Number(d.proposed_support_vnd),
      supportExplanation: d.support_explanation ?? '',
      programNameVi: Programs[d.program_code].nameVi,
      localUnitName: this.reference.unit(d.local_unit_code)?.name ?? d.local_unit_code,
      // The portal's lookup page; the secret is printed beside it, not put in an address that gets shared.
      publicLookupUrl: `${this.config.PUBLIC_BASE_URL}/#/tra-cuu?ma=${d.dossier_code}`,
    };
  }
}
