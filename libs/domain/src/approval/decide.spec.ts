import {
  applyAction,
  applySlaBreach,
  applySlaWarning,
  applySupplementExpired,
  applySupplementReceived,
  applyWithdrawal,
  councilOutcome,
} from '.';
import { validateAction } from './decide';
import type { Actor, OfficerAction } from './officer-action';
import type { BudgetOutcome, SupportRequestState } from './support-request.types';
import type { StageEvent } from './stage-events';

const commune: Actor = { userId: 'xa-1', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' };
const otherCommune: Actor = { userId: 'xa-2', roles: ['LOCAL_OFFICER'], unitCode: 'X-LONG-THANH' };
const appraiser: Actor = { userId: 'td-1', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' };
const leader: Actor = { userId: 'ld-1', roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' };
const member = (id: string): Actor => ({ userId: id, roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' });
const operator: Actor = { userId: 'vh-1', roles: ['OPERATOR'], unitCode: null };
const NOW = Date.parse('2026-03-02T02:00:00Z');
const funded: BudgetOutcome = { reserved: true, year: 2026 };

const start = (council = ['hd-1', 'hd-2', 'hd-3']): SupportRequestState => ({
  stage: 'RECEPTION',
  localUnitCode: 'X-XUAN-LOC',
  maxSupportVnd: 300_000_000,
  council: council.map((userId) => ({ userId })),
  quorum: { numerator: 2, denominator: 3 },
  awaitingSupplement: false,
  disbursedVnd: 0,
  slaWarned: false,
  overdue: false,
});

/** Validates then applies each step, failing the test on a rejection; returns the state and all events. */
function run(state: SupportRequestState, steps: [Actor, OfficerAction][], budget = funded) {
  const events: StageEvent[] = [];
  for (const [actor, action] of steps) {
    const verdict = validateAction(state, actor, action);
    if (!verdict.ok) throw new Error(`${action.type} by ${actor.userId} rejected: ${verdict.refusal.en}`);
    const applied = applyAction(state, actor, action, { nowMs: NOW, budget });
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
  it('refuses an action on a task another officer has claimed, and lets the holder and operators act', () => {
    const colleague: Actor = { ...commune, userId: 'xa-3' };
    expect(validateAction(start(), colleague, { type: 'ACCEPT' }, { claimedBy: 'xa-1' })).toMatchObject({
      ok: false,
      refusal: { en: 'Another officer has claimed this task.' },
    });
    expect(validateAction(start(), commune, { type: 'ACCEPT' }, { claimedBy: 'xa-1' })).toEqual({ ok: true });
    expect(
      validateAction(start(), operator, { type: 'CANCEL', reason: 'Hồ sơ nộp trùng' }, { claimedBy: 'xa-1' }),
    ).toEqual({ ok: true });
  });

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
    expect(events).toContainEqual({ type: 'BudgetReserved', amountVnd: 200_000_000, year: 2026 });
    // Each member's own task ends with their vote.
    expect(events.filter((e) => e.type === 'TaskDone')).toEqual([
      { type: 'TaskDone', assigneeId: 'hd-1', outcome: 'VOTE_FOR' },
      { type: 'TaskDone', assigneeId: 'hd-2', outcome: 'VOTE_FOR' },
      { type: 'TaskDone', assigneeId: 'hd-3', outcome: 'VOTE_AGAINST' },
    ]);
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
      refusal: { en: expect.stringMatching(/waiting for the applicant/) },
    });
    expect(run(applySupplementReceived(asked.state, NOW).state, [[commune, { type: 'ACCEPT' }]]).state.stage).toBe(
      'LOCAL_REVIEW',
    );
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
    expect(tie.events.map((e) => e.type)).toEqual(['TaskDone', 'TaskDone', 'StageChanged', 'ApplicationRejected']);
  });

  it('sends the dossier back to the Department with the council reset when conflicts leave no quorum', () => {
    const conflicted = run(start(), [
      ...toCouncil,
      [member('hd-1'), { type: 'DECLARE_CONFLICT', hasConflict: true }],
      [member('hd-2'), { type: 'DECLARE_CONFLICT', hasConflict: true }],
    ]);
    expect(councilOutcome(conflicted.state)).toBe('PENDING');
    const { state, events } = run(conflicted.state, [
      [member('hd-3'), { type: 'DECLARE_CONFLICT', hasConflict: false }],
    ]);
    expect(state.stage).toBe('DEPARTMENT_APPRAISAL');
    expect(state.council).toEqual([{ userId: 'hd-1' }, { userId: 'hd-2' }, { userId: 'hd-3' }]);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'StageChanged', from: 'COUNCIL_REVIEW', to: 'DEPARTMENT_APPRAISAL' }),
    );
    expect(conflicted.events.filter((e) => e.type === 'TaskDone')).toHaveLength(2);
  });

  const toLeader: [Actor, OfficerAction][] = [
    ...toCouncil,
    ...['hd-1', 'hd-2', 'hd-3'].map((id): [Actor, OfficerAction] => [
      member(id),
      { type: 'DECLARE_CONFLICT', hasConflict: false },
    ]),
    ...['hd-1', 'hd-2', 'hd-3'].map((id): [Actor, OfficerAction] => [member(id), { type: 'VOTE', approve: true }]),
  ];

  it('puts an approval on the wait-list when the budget is short, and refuses a second approval', () => {
    const { state, events } = run(start(), [...toLeader, [leader, { type: 'APPROVE' }]], {
      reserved: false,
      year: 2026,
    });
    expect(state).toMatchObject({ stage: 'LEADER_APPROVAL', budget: 'WAITLISTED', budgetYear: 2026 });
    expect(events.at(-1)).toEqual({ type: 'BudgetWaitlisted', amountVnd: 200_000_000, year: 2026 });
    expect(validateAction(state, leader, { type: 'APPROVE' })).toMatchObject({
      ok: false,
      refusal: { en: /waiting for/ },
    });
  });

  it('releases the reserved amount when a dossier is cancelled after approval', () => {
    const approved = run(start(), [...toLeader, [leader, { type: 'APPROVE' }]]).state;
    expect(approved).toMatchObject({ stage: 'IMPLEMENTATION', budget: 'RESERVED' });
    const { state, events } = run(approved, [[operator, { type: 'CANCEL', reason: 'Cơ sở ngừng hoạt động' }]]);
    expect(state).toMatchObject({ stage: 'CANCELLED', budget: 'RELEASED' });
    expect(events).toEqual([
      { type: 'StageChanged', from: 'IMPLEMENTATION', to: 'CANCELLED', note: 'Cơ sở ngừng hoạt động' },
      { type: 'ApplicationCancelled', reason: 'Cơ sở ngừng hoạt động' },
      { type: 'BudgetReleased', amountVnd: 200_000_000, year: 2026, reason: 'Cơ sở ngừng hoạt động' },
    ]);
  });

  it('cancels before approval without releasing anything', () => {
    const { events } = run(start(), [[operator, { type: 'CANCEL', reason: 'Nộp trùng hồ sơ' }]]);
    expect(events.map((e) => e.type)).toEqual(['StageChanged', 'ApplicationCancelled']);
  });

  it('lets an operator reassign the stage’s task; only the new assignee may then act', () => {
    const { state, events } = run(start(), [
      [operator, { type: 'REASSIGN', assigneeId: 'xa-9', reason: 'Cán bộ nghỉ phép' }],
    ]);
    expect(events).toEqual([{ type: 'TaskReassigned', assigneeId: 'xa-9', reason: 'Cán bộ nghỉ phép' }]);
    expect(validateAction(state, commune, { type: 'ACCEPT' })).toMatchObject({
      ok: false,
      refusal: { en: /assigned to another/ },
    });
    const assignee: Actor = { ...commune, userId: 'xa-9' };
    expect(run(state, [[assignee, { type: 'ACCEPT' }]]).state).toMatchObject({
      stage: 'LOCAL_REVIEW',
      assigneeId: undefined,
    });
  });

  it('extends a running deadline by working days, with a reason', () => {
    const running = { ...start(), dueAt: '2026-03-05T16:59:59.999Z' };
    const { events } = run(running, [
      [operator, { type: 'EXTEND_DEADLINE', workingDays: 3, reason: 'Chờ ý kiến liên ngành' }],
    ]);
    expect(events).toEqual([{ type: 'DeadlineExtended', workingDays: 3, reason: 'Chờ ý kiến liên ngành' }]);
  });

  it('stops the stage clock during a supplement and restarts it with the time that was left', () => {
    const running = { ...start(), dueAt: new Date(NOW + 3_600_000).toISOString() };
    const asked = run(running, [
      [commune, { type: 'REQUEST_SUPPLEMENT', items: [{ documentCode: 'QUOTATIONS', reasonVi: 'Thiếu chữ ký' }] }],
    ]).state;
    expect(asked).toMatchObject({ awaitingSupplement: true, dueAt: undefined, pausedRemainingMs: 3_600_000 });
    const later = NOW + 5 * 86_400_000;
    const resumed = applySupplementReceived(asked, later);
    expect(resumed.state.dueAt).toBe(new Date(later + 3_600_000).toISOString());
    expect(resumed.events).toEqual([{ type: 'DeadlineMoved', dueAt: resumed.state.dueAt }]);
  });

  it('expires a dossier whose supplement never came, and warns then breaches a stage’s deadline', () => {
    const expired = applySupplementExpired({ ...start(), awaitingSupplement: true });
    expect(expired.state.stage).toBe('EXPIRED');
    expect(expired.events.map((e) => e.type)).toEqual(['StageChanged', 'ApplicationExpired']);
    const warned = applySlaWarning(start());
    expect(warned).toEqual({ state: { ...start(), slaWarned: true }, events: [{ type: 'SlaWarning' }] });
    expect(applySlaBreach(warned.state).state).toMatchObject({ overdue: true, stage: 'RECEPTION' });
  });

  it('gives back a reserved amount when the applicant withdraws after approval', () => {
    const approved = run(start(), [...toLeader, [leader, { type: 'APPROVE' }]]).state;
    expect(applyWithdrawal(approved, 'Cơ sở tự đầu tư').events.at(-1)).toMatchObject({ type: 'BudgetReleased' });
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
    [
      'an operator action by a non-operator',
      {},
      commune,
      { type: 'CANCEL', reason: 'Không rõ lý do' },
      /needs the role OPERATOR/,
    ],
    ['a cancellation without a reason', {}, operator, { type: 'CANCEL', reason: 'x' }, /reason of at least 5/],
    [
      'acting on an ended dossier',
      { stage: 'REFUSED' },
      operator,
      { type: 'CANCEL', reason: 'Hủy hồ sơ' },
      /has ended/,
    ],
    [
      'reassigning a council seat',
      { stage: 'COUNCIL_REVIEW' },
      operator,
      { type: 'REASSIGN', assigneeId: 'hd-9', reason: 'Thay thành viên' },
      /no single task/,
    ],
    [
      'extending a stage with no running deadline',
      {},
      operator,
      { type: 'EXTEND_DEADLINE', workingDays: 3, reason: 'Chờ ý kiến' },
      /no running deadline/,
    ],
    [
      'an extension of 31 working days',
      { dueAt: '2026-03-05T16:59:59.999Z' },
      operator,
      { type: 'EXTEND_DEADLINE', workingDays: 31, reason: 'Chờ ý kiến' },
      /1 to 30 working days/,
    ],
  ])('rejects %s, with a reason in both languages', (_label, overrides, actor, action, reason) => {
    const verdict = validateAction({ ...start(), ...overrides }, actor, action);
    expect(verdict).toMatchObject({
      ok: false,
      refusal: { code: expect.any(String), en: expect.stringMatching(reason), vi: expect.any(String) },
    });
  });
});
