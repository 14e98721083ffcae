import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { httpError } from '../shared/http-errors';

/**
 * Runs a call on an evaluation workflow and turns its refusals into HTTP answers: a validator's
 * `vi / en` message becomes a 409 with both texts, a finished or unknown workflow a 409/404.
 */
export async function onWorkflow<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) {
      const [vi, en] = String(error.cause?.message ?? '').split(' / ');
      throw httpError(409, vi || 'Không thể thực hiện thao tác.', en || 'The action was rejected.');
    }
    if (error instanceof WorkflowNotFoundError)
      throw httpError(409, 'Lượt đánh giá đã kết thúc.', 'The evaluation has ended.');
    throw error;
  }
}
