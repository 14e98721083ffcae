import { z } from 'zod';
import { ABANDON_REASON_MIN_LENGTH } from '@kc/domain';
import { bilingual } from '@kc/platform';

const member = z.strictObject({
  userId: z.string().trim().min(1).max(100),
  name: z.string().trim().min(2).max(200),
});
const members = z
  .array(member)
  .min(1, bilingual('Hội đồng cần ít nhất một thành viên.', 'A council needs at least one member.'))
  .max(30)
  .refine((list) => new Set(list.map((m) => m.userId)).size === list.length, {
    message: bilingual('Một thành viên chỉ được ghi một lần.', 'A member may be listed only once.'),
  });

export const communeReportSchema = z.strictObject({
  summary: z
    .string()
    .trim()
    .min(10, bilingual('Báo cáo cần ít nhất 10 ký tự.', 'The report needs at least 10 characters.'))
    .max(5000),
});

export const startEvaluationSchema = z.strictObject({
  council: members,
  /** QĐ 1489: the commune's evaluation report, when it came with the dossier. */
  communeReport: communeReportSchema.optional(),
});
export type StartEvaluationRequest = z.infer<typeof startEvaluationSchema>;

export const openCouncilSchema = z.strictObject({ members });

export const centralResultSchema = z.strictObject({
  stars: z.number().int().min(1).max(5),
  decisionRef: z.string().trim().min(3).max(200),
});

/** Abandoning a round waiting for a council: the reason is kept on the round and sent to its holder. */
export const abandonRoundSchema = z.strictObject({
  reason: z
    .string(bilingual('Cần nêu lý do dừng lượt đánh giá.', 'Give the reason for abandoning the round.'))
    .trim()
    .min(
      ABANDON_REASON_MIN_LENGTH,
      bilingual(
        `Lý do cần ít nhất ${ABANDON_REASON_MIN_LENGTH} ký tự.`,
        `The reason needs at least ${ABANDON_REASON_MIN_LENGTH} characters.`,
      ),
    )
    .max(2000),
});
