import { WorkflowNotFoundError } from '@temporalio/client';
import { DomainRefusalError } from '@kc/domain/approval';
import { updateRefusal } from '@kc/temporal';
import { httpError } from '@kc/platform';

/**
 * Runs a call on an evaluation workflow: a validator's typed refusal is rethrown for the platform's one
 * exception filter (a 409 with its code and both texts); a finished or unknown workflow is a 409.
 */
export async function onWorkflow<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const refused = updateRefusal(error);
    if (refused) throw new DomainRefusalError(refused);
    if (error instanceof WorkflowNotFoundError)
      throw httpError(409, 'Lượt đánh giá đã kết thúc.', 'The evaluation has ended.');
    throw error;
  }
}
