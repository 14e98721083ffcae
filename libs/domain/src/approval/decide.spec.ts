import { applyAction, applySupplementReceived, applyWithdrawal, councilOutcome } from './apply-action';
import { validateAction } from './decide';
import type { Actor, OfficerAction, StageEvent, SupportRequestState } from './support-request.types';

const commune: Actor = { userId: 'xa-1', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' };
const otherCommune: Actor = { userId: 'xa-2', roles: ['LOCAL_OFFICER'], unitCode: 'X-LONG-THANH' };
const appraiser: Actor = { userId: 'td-1', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' };
const leader: Actor = { userId: 'ld-1', roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' };
const member = (id: string): Actor => ({ userId: id, roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' });

const start = (council = ['hd-1', 'hd-2', 'hd-3']): SupportRequestState => ({
  stage: 'RECEPTION',
  localUnitCode: 'X-XUAN-LOC',
  maxSupportVnd: 300_000_000,
  council: council.map((userId) => ({ userId })),
  quorum: { numerator: 2, denominator: 3 },
  awaitingSupplement: false,
  disbursedVnd: 0,
});

/** Validates then applies each step, failing the test on a rejection; returns the state and all events. */
function run(state: SupportRequestState, steps: [Actor, OfficerAction][]) {
  const events: StageEvent[] = [];
  for (const [actor, action] of steps) {
    const verdict = validateAction(state, actor, action);
    if (!verdict.ok) throw new Error(`${action.type} by ${actor.userId} rejected: ${verdict.reasonEn}`);
    const applied = applyAction(state, actor, action);
    state = applied.state;
    events.push(...applied.events);
  }
  return {
    state,
    events,
    stages: events.filter((e) => e.type === 'StageChanged').map((e) => (e as { to: string }).to),
  };
}

const toCouncil: [Actor, OfficerAction][] = [
  [commune, { type: 'ACCEPT' }],
  [commune, { type: 'RECOMMEND', supports: true, note: 'Cơ sở hoạt động ổn định' }],
  [appraiser, { type: 'PROPOSE_AMOUNT', amountVnd: 200_000_000 }],
];

describe('support-request stage machine', () => {
  it('walks the happy path to COMPLETED, with the events the other services need', () => {
    const { state, stages, events } = run(start(), [
      ...toCouncil,
      ...['hd-1', 'hd-2', 'hd-3'].map((id): [Actor, OfficerAction] => [
        member(id),
        { type: 'DECLARE_CONFLICT', hasConflict: false },
      ]),
      [member('hd-1'), { type: 'VOTE', approve: true }],
      [member('hd-2'), { type: 'VOTE', approve: true }],
      [member('hd-3'), { type: 'VOTE', approve: false }],
      [leader, { type: 'APPROVE' }],
      [appraiser, { type: 'RECORD_ACCEPTANCE', passed: true, note: 'Máy đã lắp đặt, vận hành tốt' }],
      [appraiser, { type: 'RECORD_DISBURSEMENT', amountVnd: 100_000_000 }],
      [appraiser, { type: 'RECORD_DISBURSEMENT', amountVnd: 100_000_000 }],
    ]);
    expect(stages).toEqual([
      'LOCAL_REVIEW',
      'DEPARTMENT_APPRAISAL',
      'COUNCIL_REVIEW',
      'LEADER_APPROVAL',
      'IMPLEMENTATION',
      'ACCEPTANCE',
      'DISBURSEMENT',
      'COMPLETED',
    ]);
    expect(state).toMatchObject({ stage: 'COMPLETED', acceptedAmountVnd: 200_000_000, disbursedVnd: 200_000_000 });
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['ApplicationApproved', 'DisbursementRecorded', 'ApplicationCompleted']),
    );
  });

  it('pauses for a supplement and refuses any action until it arrives', () => {
    const asked = run(start(), [
      [
        commune,
        { type: 'REQUEST_SUPPLEMENT', items: [{ documentCode: 'QUOTATIONS', reasonVi: 'Thiếu chữ ký, đóng dấu' }] },
      ],
    ]);
    expect(asked.events).toEqual([
      { type: 'SupplementRequested', items: [{ documentCode: 'QUOTATIONS', reasonVi: 'Thiếu chữ ký, đóng dấu' }] },
    ]);
    expect(validateAction(asked.state, commune, { type: 'ACCEPT' })).toMatchObject({
      ok: false,
      reasonEn: expect.stringMatching(/waiting for the applicant/),
    });
    expect(run(applySupplementReceived(asked.state), [[commune, { type: 'ACCEPT' }]]).state.stage).toBe('LOCAL_REVIEW');
  });

  it('ends in WITHDRAWN from any stage, even while waiting for a supplement', () => {
    const waiting = run(start(), [
      [commune, { type: 'REQUEST_SUPPLEMENT', items: [{ documentCode: 'QUOTATIONS', reasonVi: 'Thiếu chữ ký' }] }],
    ]).state;
    const { state, events } = applyWithdrawal(waiting, 'Cơ sở tự đầu tư');
    expect(state).toMatchObject({ stage: 'WITHDRAWN', awaitingSupplement: false });
    expect(events).toEqual([{ type: 'StageChanged', from: 'RECEPTION', to: 'WITHDRAWN', note: 'Cơ sở tự đầu tư' }]);
  });

  it('ends in REFUSED at reception with the reason', () => {
    const { state, events } = run(start(), [[commune, { type: 'REFUSE', reason: 'Không thuộc đối tượng hỗ trợ' }]]);
    expect(state.stage).toBe('REFUSED');
    expect(events[1]).toEqual({ type: 'ApplicationRefused', reason: 'Không thuộc đối tượng hỗ trợ' });
  });

  it('rejects when the council votes against, and a tie does not carry', () => {
    const declared = run(start(['hd-1', 'hd-2']), [
      ...toCouncil,
      ...['hd-1', 'hd-2'].map((id): [Actor, OfficerAction] => [
        member(id),
        { type: 'DECLARE_CONFLICT', hasConflict: false },
      ]),
    ]);
    const tie = run(declared.state, [
      [member('hd-1'), { type: 'VOTE', approve: true }],
      [member('hd-2'), { type: 'VOTE', approve: false }],
    ]);
    expect(tie.state.stage).toBe('REJECTED');
    expect(tie.events.map((e) => e.type)).toEqual(['StageChanged', 'ApplicationRejected']);
  });

  it('cannot reach quorum when too many members have a conflict', () => {
    const { state } = run(start(), [
      ...toCouncil,
      [member('hd-1'), { type: 'DECLARE_CONFLICT', hasConflict: true }],
      [member('hd-2'), { type: 'DECLARE_CONFLICT', hasConflict: true }],
      [member('hd-3'), { type: 'DECLARE_CONFLICT', hasConflict: false }],
    ]);
    expect(state.stage).toBe('COUNCIL_REVIEW');
    expect(councilOutcome(state)).toBe('NO_QUORUM');
  });

  it.each<[string, Partial<SupportRequestState>, Actor, OfficerAction, RegExp]>([
    ['an action of another stage', {}, commune, { type: 'APPROVE' }, /not possible at RECEPTION/],
    ['an officer of another commune', {}, otherCommune, { type: 'ACCEPT' }, /belongs to unit X-XUAN-LOC/],
    ['a role that is not the stage’s', {}, appraiser, { type: 'ACCEPT' }, /needs the role LOCAL_OFFICER/],
    ['a refusal without a reason', {}, commune, { type: 'REFUSE', reason: ' ' }, /reason of at least 5/],
    [
      'a supplement request without items',
      {},
      commune,
      { type: 'REQUEST_SUPPLEMENT', items: [] },
      /List the documents/,
    ],
    [
      'an amount above the rule’s maximum',
      { stage: 'DEPARTMENT_APPRAISAL' },
      appraiser,
      { type: 'PROPOSE_AMOUNT', amountVnd: 300_000_001 },
      /exceeds the rule's maximum/,
    ],
    [
      'a fractional amount',
      { stage: 'DEPARTMENT_APPRAISAL' },
      appraiser,
      { type: 'PROPOSE_AMOUNT', amountVnd: 1.5 },
      /positive whole number/,
    ],
    [
      'the appraiser approving their own dossier',
      { stage: 'LEADER_APPROVAL', appraiserId: 'ld-1' },
      leader,
      { type: 'APPROVE' },
      /appraiser of a dossier may not approve/,
    ],
    [
      'a vote before declaring conflicts',
      { stage: 'COUNCIL_REVIEW' },
      member('hd-1'),
      { type: 'VOTE', approve: true },
      /Declare conflicts/,
    ],
    [
      'a vote by a conflicted member',
      { stage: 'COUNCIL_REVIEW', council: [{ userId: 'hd-1', conflict: true }] },
      member('hd-1'),
      { type: 'VOTE', approve: true },
      /conflict of interest may not vote/,
    ],
    [
      'a vote by someone not on the council',
      { stage: 'COUNCIL_REVIEW' },
      member('hd-9'),
      { type: 'VOTE', approve: true },
      /not on this dossier/,
    ],
    [
      'a second vote',
      { stage: 'COUNCIL_REVIEW', council: [{ userId: 'hd-1', conflict: false, vote: true }] },
      member('hd-1'),
      { type: 'VOTE', approve: false },
      /already voted/,
    ],
    [
      'a disbursement above the approved amount',
      { stage: 'DISBURSEMENT', acceptedAmountVnd: 100, disbursedVnd: 60 },
      appraiser,
      { type: 'RECORD_DISBURSEMENT', amountVnd: 41 },
      /exceed the approved amount/,
    ],
  ])('rejects %s, with a reason in both languages', (_label, overrides, actor, action, reason) => {
    const verdict = validateAction({ ...start(), ...overrides }, actor, action);
    expect(verdict).toMatchObject({ ok: false, reasonEn: expect.stringMatching(reason), reasonVi: expect.any(String) });
  });
});
