import { actionBodies, actionSchema } from './officer-action.schema';

describe('officer action bodies', () => {
  it('ask for the reason fields the procedure table names, and nothing unknown', () => {
    expect(Object.keys(actionBodies.REFUSE.shape)).toEqual(['reason']);
    expect(Object.keys(actionBodies.RECOMMEND.shape).sort()).toEqual(['note', 'supports']);
    expect(Object.keys(actionBodies.RECORD_ACCEPTANCE.shape).sort()).toEqual(['note', 'passed']);
    expect(Object.keys(actionBodies.REQUEST_SUPPLEMENT.shape)).toEqual(['items']);
    expect(Object.keys(actionBodies.CANCEL.shape)).toEqual(['reason']);
    expect(Object.keys(actionBodies.ACCEPT.shape)).toEqual([]);
  });

  it('refuses a body without its reason, or with a field the action does not take', () => {
    expect(actionSchema.safeParse({ type: 'DECLINE' }).success).toBe(false);
    expect(actionSchema.safeParse({ type: 'DECLINE', reason: 'Không phù hợp quy hoạch' }).success).toBe(true);
    expect(actionSchema.safeParse({ type: 'ACCEPT', reason: 'thừa' }).success).toBe(false);
    expect(actionSchema.safeParse({ type: 'REQUEST_SUPPLEMENT', items: [] }).success).toBe(false);
  });
});
