import type { EntityManager } from 'typeorm';
import { httpError } from '@kc/platform';

/** An account keeps at most `max` drafts (MAX_DRAFTS_PER_ACCOUNT): the caller holds the account's draft lock. */
export async function assertBelowDraftLimit(m: EntityManager, applicantId: string, max: number): Promise<void> {
  const [{ drafts }] = (await m.query(
    `SELECT count(*)::int AS drafts FROM applications.dossiers WHERE applicant_id = $1 AND status = 'DRAFT'`,
    [applicantId],
  )) as { drafts: number }[];
  if (drafts >= max)
    throw httpError(
      409,
      `Bạn đã có ${drafts} hồ sơ nháp, mức tối đa. Hãy nộp hoặc xoá bớt hồ sơ nháp.`,
      `You have ${drafts} drafts, the most allowed. Submit or delete some first.`,
    );
}
