import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { updateRefusal } from './update-refusal';

describe('updateRefusal', () => {
  it("splits a validator's `vi / en` reason", () => {
    const error = new WorkflowUpdateFailedError(
      'update failed',
      new Error('Hội đồng đã kết thúc. / The council has closed.'),
    );
    expect(updateRefusal(error)).toEqual({ vi: 'Hội đồng đã kết thúc.', en: 'The council has closed.' });
  });

  it('falls back to a generic refusal when the reason has no English half', () => {
    expect(updateRefusal(new WorkflowUpdateFailedError('update failed', undefined))).toEqual({
      vi: 'Không thể thực hiện thao tác.',
      en: 'The action was rejected.',
    });
  });

  it('leaves other errors alone', () => {
    expect(updateRefusal(new WorkflowNotFoundError('gone', 'wf', undefined))).toBeUndefined();
    expect(updateRefusal(new Error('boom'))).toBeUndefined();
  });
});
