import { ApplicationFailure } from '@temporalio/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { updateRefusal } from './update-refusal';

describe('updateRefusal', () => {
  it("reads the typed refusal from the validator's failure details", () => {
    const refusal = { code: 'COUNCIL_CLOSED', vi: 'Hội đồng đã kết thúc.', en: 'The council has closed.' };
    const failure = ApplicationFailure.create({ type: refusal.code, message: refusal.en, details: [refusal] });
    expect(updateRefusal(new WorkflowUpdateFailedError('update failed', failure))).toEqual(refusal);
  });

  it('answers a generic refusal when the failure carries none', () => {
    expect(updateRefusal(new WorkflowUpdateFailedError('update failed', undefined))).toEqual({
      code: 'REFUSED',
      vi: 'Không thể thực hiện thao tác.',
      en: 'The action was rejected.',
    });
  });

  it('leaves other errors alone', () => {
    expect(updateRefusal(new WorkflowNotFoundError('gone', 'wf', undefined))).toBeUndefined();
    expect(updateRefusal(new Error('boom'))).toBeUndefined();
  });
});
