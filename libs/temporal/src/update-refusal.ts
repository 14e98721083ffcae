import { WorkflowUpdateFailedError } from '@temporalio/client';

/**
 * Why a workflow's Update validator refused a call: validators throw `vi / en` (see libs/workflows), and
 * an API answers with both texts. Undefined for any other error.
 */
export function updateRefusal(error: unknown): { vi: string; en: string } | undefined {
  if (!(error instanceof WorkflowUpdateFailedError)) return undefined;
  const [vi, en] = String(error.cause?.message ?? '').split(' / ');
  return { vi: vi || 'Không thể thực hiện thao tác.', en: en || 'The action was rejected.' };
}
