import { vietnamDate } from '@kc/domain';
import { dueAtOf, roundEvent, type Handler } from './rural-step-scope';

export const selfAssessmentSubmitted: Handler<'SELF_ASSESSMENT_SUBMITTED'> = async ({ m, input, at, repos }, step) => {
  await repos.appraisals.submitEvaluation(m, input.appraisalId, step.evaluation, at);
  const p = step.evaluation.proposal === 'DAT' ? 'Đạt' : 'Không đạt';
  return {
    drafts: [],
    line: {
      kind: 'SELF_ASSESSMENT',
      vi: `Xã nộp bản tự đánh giá (hệ thống đề xuất: ${p}).`,
      en: `Self-assessment submitted (${step.evaluation.proposal}).`,
    },
  };
};

export const actionRecorded: Handler<'ACTION_RECORDED'> = async (_s, step) => ({
  drafts: [],
  line: { kind: step.action, vi: step.textVi, en: step.textEn },
});

export const indicatorDecided: Handler<'INDICATOR_DECIDED'> = async ({ m, input, at, repos }, step) => {
  await repos.appraisals.decideIndicator(m, input.appraisalId, step.code, step.decision, at);
  const d = step.decision;
  const verdictVi = d.verdict === 'DAT' ? 'Đạt' : 'Không đạt';
  return {
    drafts: [],
    line: d.overridden
      ? {
          kind: 'OVERRIDE',
          vi: `Chỉ tiêu ${step.code}: ${verdictVi}, khác đề xuất của hệ thống. Lý do: ${d.reason}`,
          en: `Indicator ${step.code}: ${d.verdict}, overriding the proposal. Reason: ${d.reason}`,
        }
      : {
          kind: 'CONFIRM',
          vi: `Chỉ tiêu ${step.code}: ${verdictVi} (xác nhận đề xuất).`,
          en: `Indicator ${step.code}: ${d.verdict} (proposal confirmed).`,
        },
  };
};

export const supplementRequested: Handler<'SUPPLEMENT_REQUESTED'> = async (s, step) => {
  const dueAt = dueAtOf(s, 'SUPPLEMENT');
  const dueDate = dueAt ? vietnamDate(new Date(dueAt)) : vietnamDate(s.at);
  return {
    line: {
      kind: 'SUPPLEMENT',
      vi: `Yêu cầu bổ sung: ${step.items.map((i) => `${i.code} – ${i.reasonVi}`).join('; ')} (hạn ${dueDate}).`,
      en: `Supplement requested by ${dueDate}.`,
    },
    drafts: [
      roundEvent(s.input, s.at, 'RuralCriteriaSupplementRequested', {
        items: step.items,
        dueDate,
        requestedAt: s.at.toISOString(),
      }),
    ],
  };
};
