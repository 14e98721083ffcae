import { WorkflowNotFoundError } from '@temporalio/client';
import { updateRefusal } from '@kc/temporal';
import { httpError } from '../shared/http-errors';

/**
 * Runs a call on an evaluation workflow and turns its refusals into HTTP answers: a validator's
 * `vi / en` message becomes a 409 with both texts, a finished or unknown workflow a 409/404.
 */
export async function onWorkflow<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const refused = updateRefusal(error);
    if (refused) throw httpError(409, refused.vi, refused.en);
    if (error instanceof WorkflowNotFoundError)
      throw httpError(409, 'Lượt đánh giá đã kết thúc.', 'The evaluation has ended.');
    throw error;
  }
}
