import { vietnamDate } from '@kc/domain';
import { base, draft, roundEvent, type Handler } from './rural-step-scope';

export const concluded: Handler<'CONCLUDED'> = async ({ m, input, at, repos }, step) => {
  await repos.appraisals.conclude(m, input.appraisalId, step.outcome, step.conclusionNumber, at);
  if (step.outcome === 'DAT')
    await repos.recognitions.recognise(m, {
      ...base(input),
      on: vietnamDate(at),
      conclusionNumber: step.conclusionNumber,
    });
  const vi = step.outcome === 'DAT' ? 'Đạt' : 'Không đạt';
  return {
    line: {
      kind: 'CONCLUDED',
      vi: `Văn bản kết luận số ${step.conclusionNumber}: ${vi}.`,
      en: `Conclusion ${step.conclusionNumber}: ${step.outcome}.`,
    },
    drafts: [
      roundEvent(input, at, 'RuralCriteriaConcluded', {
        outcome: step.outcome,
        conclusionNumber: step.conclusionNumber,
        indicators: step.indicators,
        concludedAt: at.toISOString(),
      }),
    ],
  };
};

export const revoked: Handler<'REVOKED'> = async ({ m, input, at, repos }, step) => {
  await repos.recognitions.revoke(m, input.appraisalId, vietnamDate(at), step.reason);
  return {
    line: {
      kind: 'REVOKED',
      vi: `Thu hồi công nhận (chỉ tiêu ${step.indicatorCodes.join(', ')}): ${step.reason}`,
      en: `Recognition revoked: ${step.reason}`,
    },
    drafts: [
      draft(input, at, 'RuralRecognitionRevoked', {
        ...base(input),
        reason: step.reason,
        indicatorCodes: step.indicatorCodes,
        revokedAt: at.toISOString(),
      }),
    ],
  };
};
