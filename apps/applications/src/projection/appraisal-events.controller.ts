import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  EventTypes,
  type EventEnvelope,
  type EventPayload,
  type SlaBreachedV1,
  type StageChangedV1,
  type SupplementRequestedV1,
} from '@kc/contracts';
import { formatDong, stageLabels } from '@kc/domain';
import type { InboxContext } from '@kc/messaging';
import { DossiersRepository } from '../dossiers/dossiers.repository';
import { stageStatus } from './stage-status';
import { MONEY_LABELS } from './money-labels';

/** An ISO date (2026-12-28) as Vietnamese readers write it (28/12/2026). */
const dayMonthYear = (isoDate: string) => isoDate.split('-').reverse().join('/');

/** Projects the approval workflow's events into the dossier's status and public timeline. */
@Controller()
export class AppraisalEventsController {
  constructor(private readonly repo: DossiersRepository) {}

  @EventPattern(EventTypes.StageChanged)
  async onStageChanged(@Payload() event: EventEnvelope<StageChangedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const p = event.payload;
    const shown = stageLabels[p.to];
    const dossier = await this.repo.findById(p.applicationId, ctx.manager, true);
    if (!dossier) throw new Error(`StageChanged for unknown dossier ${p.applicationId}`);
    // A withdrawal already recorded here stays: the workflow's WITHDRAWN confirms it, it does not reopen.
    const status = dossier.status === 'WITHDRAWN' ? 'WITHDRAWN' : stageStatus[p.to];
    await ctx.manager.query(
      `UPDATE applications.dossiers SET stage = $2, status = $3, updated_at = now() WHERE id = $1`,
      [p.applicationId, p.to, status],
    );
    await this.repo.addTimeline(ctx.manager, p.applicationId, {
      at: new Date(p.changedAt),
      kind: 'STAGE_CHANGED',
      stage: p.to,
      labelVi: shown.vi,
      labelEn: shown.en,
      note: p.note,
    });
  }

  @EventPattern(EventTypes.SupplementRequested)
  async onSupplementRequested(
    @Payload() event: EventEnvelope<SupplementRequestedV1>,
    @Ctx() ctx: InboxContext,
  ): Promise<void> {
    const p = event.payload;
    const dossier = await this.repo.findById(p.applicationId, ctx.manager, true);
    if (!dossier) throw new Error(`SupplementRequested for unknown dossier ${p.applicationId}`);
    await ctx.manager.query(
      `INSERT INTO applications.supplement_requests (id, dossier_id, items, due_date, requested_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING`,
      [p.supplementRequestId, p.applicationId, JSON.stringify(p.items), p.dueDate, p.requestedAt],
    );
    await ctx.manager.query(
      `UPDATE applications.dossiers SET status = 'AWAITING_SUPPLEMENT', updated_at = now() WHERE id = $1`,
      [p.applicationId],
    );
    await this.repo.addTimeline(ctx.manager, p.applicationId, {
      at: new Date(p.requestedAt),
      kind: 'SUPPLEMENT_REQUESTED',
      stage: p.stage,
      labelVi: `Yêu cầu bổ sung hồ sơ trước ngày ${dayMonthYear(p.dueDate)}`,
      labelEn: `Supplement requested, due ${p.dueDate}`,
      note: p.items.map((i) => `${i.documentCode}: ${i.reasonVi}`).join('; '),
    });
  }

  /** Form 04: the dossier is late; the applicant gets an apology and a new expected result date. */
  @EventPattern(EventTypes.SlaBreached)
  async onSlaBreached(@Payload() event: EventEnvelope<SlaBreachedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const p = event.payload;
    await ctx.manager.query(
      `UPDATE applications.dossiers SET expected_result_date = $2, updated_at = now() WHERE id = $1`,
      [p.applicationId, p.newExpectedDate],
    );
    await this.repo.addTimeline(ctx.manager, p.applicationId, {
      at: new Date(p.breachedAt),
      kind: 'APOLOGY',
      stage: p.stage,
      labelVi: `Xin lỗi vì hồ sơ chậm xử lý; ngày hẹn trả kết quả mới: ${dayMonthYear(p.newExpectedDate)} (Mẫu 04)`,
      labelEn: `Apology for the delay; new expected result date ${p.newExpectedDate} (Form 04)`,
    });
  }

  @EventPattern(EventTypes.ApplicationApproved)
  async onApproved(
    @Payload() event: EventEnvelope<EventPayload<'ApplicationApproved'>>,
    @Ctx() ctx: InboxContext,
  ): Promise<void> {
    await this.money(ctx, event.payload, 'APPROVED');
  }

  @EventPattern(EventTypes.DisbursementRecorded)
  async onDisbursed(
    @Payload() event: EventEnvelope<EventPayload<'DisbursementRecorded'>>,
    @Ctx() ctx: InboxContext,
  ): Promise<void> {
    await this.money(ctx, event.payload, 'DISBURSED');
  }

  private async money(
    ctx: InboxContext,
    p: { applicationId: string; amountVnd: number; decidedAt: string },
    kind: keyof typeof MONEY_LABELS,
  ): Promise<void> {
    const { vi, en } = MONEY_LABELS[kind];
    await this.repo.addTimeline(ctx.manager, p.applicationId, {
      at: new Date(p.decidedAt),
      kind,
      labelVi: `${vi}: ${formatDong(p.amountVnd)}`,
      labelEn: `${en}: ${p.amountVnd} VND`,
    });
  }
}
