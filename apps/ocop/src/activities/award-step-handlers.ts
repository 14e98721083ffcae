import { DEPARTMENT_UNIT } from '@kc/domain';
import type { EventDraft } from '@kc/messaging';
import { aboutProduct, base, certificatePayload, productAndHolder } from './ocop-step-queries';
import type { StepHandlers, StepWrite } from './step-write';

/** Expiry and its reminder change the certificate's status and tell its holder. */
async function certificateTimer(
  w: StepWrite<'CERTIFICATE_EXPIRING'> | StepWrite<'CERTIFICATE_EXPIRED'>,
): Promise<EventDraft[]> {
  const expired = w.step.kind === 'CERTIFICATE_EXPIRED';
  await w.m.query(`UPDATE ocop.certificates SET status = $2 WHERE number = $1`, [
    w.step.certificateNumber,
    expired ? 'EXPIRED' : 'EXPIRING',
  ]);
  const payload = await certificatePayload(w.m, w.step.certificateNumber);
  return [
    expired
      ? w.event('OcopCertificateExpired', { ...payload, expiredAt: w.i.at })
      : w.event('OcopCertificateExpiring', { ...payload, remindedAt: w.i.at }),
  ];
}

/** Stars, the higher level's answer to a proposal, and the certificate's reminder and expiry. */
export const awardStepHandlers: StepHandlers<
  'STARS_AWARDED' | 'HIGHER_ANSWER_OVERDUE' | 'HIGHER_ANSWERED' | 'CERTIFICATE_EXPIRING' | 'CERTIFICATE_EXPIRED'
> = {
  async STARS_AWARDED({ m, i, step, event }) {
    await m.query(`UPDATE ocop.evaluations SET stars = $2, recognised_by = $3 WHERE id = $1`, [
      i.evaluationId,
      step.stars,
      step.recognisedBy,
    ]);
    return [
      event('OcopStarsAwarded', {
        ...(await aboutProduct(m, i)),
        stars: step.stars,
        recognisedBy: step.recognisedBy,
        averageTotal: step.averageTotal,
        awardedAt: i.at,
      }),
    ];
  },
  async HIGHER_ANSWER_OVERDUE({ m, i, step, event }) {
    const { productName } = await productAndHolder(m, i.productId);
    return [
      event('OcopProposalOverdue', {
        ...base(i),
        productName,
        proposedTo: step.proposedTo,
        waitedDays: step.waitedDays,
        addressee: { unitCode: DEPARTMENT_UNIT, role: 'DEPARTMENT_APPRAISER', assigneeId: null },
        remindedAt: i.at,
      }),
    ];
  },
  async HIGHER_ANSWERED({ m, i, step }) {
    const answer = { level: step.level, stars: step.stars, decisionRef: step.decisionRef, awarded: step.awarded };
    await m.query(`UPDATE ocop.evaluations SET higher_answer = $2 WHERE id = $1`, [
      i.evaluationId,
      JSON.stringify({ ...answer, at: i.at }),
    ]);
    return [];
  },
  CERTIFICATE_EXPIRING: certificateTimer,
  CERTIFICATE_EXPIRED: certificateTimer,
};
