import { applyAction, applySeating, councilSeatingRule, validateAction, validateSeating } from '.';
import type { Actor, OfficerAction } from './officer-action';
import type { StageEvent } from './stage-events';
import type { SupportRequestState } from './support-request.types';

const appraiser: Actor = { userId: 'td-1', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' };
const member = (id: string): Actor => ({ userId: id, roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' });

/** A dossier that reached the council stage with nobody seated, as dossiers started since seating do. */
const awaitingCouncil = (over: Partial<SupportRequestState> = {}): SupportRequestState => ({
  stage: 'COUNCIL_REVIEW',
  localUnitCode: 'X-XUAN-LOC',
  maxSupportVnd: 300_000_000,
  appraiserId: 'td-1',
  proposedAmountVnd: 200_000_000,
  council: [],
  councilSeating: 'BY_APPRAISER',
  quorum: { numerator: 2, denominator: 3 },
  awaitingSupplement: false,
  disbursedVnd: 0,
  slaWarned: false,
  overdue: false,
  ...over,
});

const refusalCode = (verdict: ReturnType<typeof validateSeating>) => (verdict.ok ? 'OK' : verdict.refusal.code);

function act(state: SupportRequestState, steps: [Actor, OfficerAction][]) {
  const events: StageEvent[] = [];
  for (const [actor, action] of steps) {
    const verdict = validateAction(state, actor, action);
    if (!verdict.ok) throw new Error(`${action.type} by ${actor.userId} refused: ${verdict.refusal.en}`);
    const applied = applyAction(state, actor, action, { nowMs: 0 });
    state = applied.state;
    events.push(...applied.events);
  }
  return { state, events };
}

describe('seating a dossier’s council', () => {
  it('seats distinct members, at least the rule’s number, each undeclared, and says so in one event', () => {
    expect(councilSeatingRule.minMembers).toBe(3);
    expect(validateSeating(awaitingCouncil(), appraiser, ['hd-1', 'hd-2', 'hd-3'])).toEqual({ ok: true });
    const seated = applySeating(awaitingCouncil(), ['hd-1', 'hd-2', 'hd-3']);
    expect(seated.state.council).toEqual([{ userId: 'hd-1' }, { userId: 'hd-2' }, { userId: 'hd-3' }]);
    expect(seated.events).toEqual([{ type: 'CouncilSeated', memberIds: ['hd-1', 'hd-2', 'hd-3'] }]);
  });

  it.each([
    ['too few members', awaitingCouncil(), appraiser, ['hd-1', 'hd-2'], 'COUNCIL_SIZE'],
    ['a member twice', awaitingCouncil(), appraiser, ['hd-1', 'hd-1', 'hd-2'], 'COUNCIL_DUPLICATE_MEMBER'],
    ['someone not an appraiser', awaitingCouncil(), member('hd-9'), ['hd-1', 'hd-2', 'hd-3'], 'ROLE_NOT_ALLOWED'],
    [
      'another stage',
      awaitingCouncil({ stage: 'LEADER_APPROVAL' }),
      appraiser,
      ['hd-1', 'hd-2', 'hd-3'],
      'COUNCIL_NOT_SEATABLE',
    ],
    [
      'a dossier started with a configured council',
      awaitingCouncil({ councilSeating: undefined, council: [{ userId: 'hd-1' }] }),
      appraiser,
      ['hd-1', 'hd-2', 'hd-3'],
      'COUNCIL_NOT_SEATABLE',
    ],
    [
      'a council that has started voting',
      awaitingCouncil({ council: [{ userId: 'hd-1', conflict: false, vote: true }, { userId: 'hd-2' }] }),
      appraiser,
      ['hd-4', 'hd-5', 'hd-6'],
      'COUNCIL_VOTE_UNDER_WAY',
    ],
  ])('refuses %s', (_what, state, actor, memberIds, code) => {
    const verdict = validateSeating(state, actor, memberIds);
    expect(refusalCode(verdict)).toBe(code);
    if (!verdict.ok) expect(verdict.refusal.vi).toMatch(/[ộờầ]/);
  });

  it('refuses a seat when another appraiser has claimed the task', () => {
    expect(refusalCode(validateSeating(awaitingCouncil(), appraiser, ['a', 'b', 'c'], { claimedBy: 'td-2' }))).toBe(
      'TASK_CLAIMED_BY_OTHER',
    );
  });

  it('re-seats before any vote: declarations of the replaced council are dropped', () => {
    const declared = awaitingCouncil({
      council: [{ userId: 'hd-1', conflict: true }, { userId: 'hd-2' }, { userId: 'hd-3' }],
    });
    expect(validateSeating(declared, appraiser, ['hd-2', 'hd-3', 'hd-4'])).toEqual({ ok: true });
    expect(applySeating(declared, ['hd-2', 'hd-3', 'hd-4']).state.council).toEqual([
      { userId: 'hd-2' },
      { userId: 'hd-3' },
      { userId: 'hd-4' },
    ]);
  });

  it('dissolves a seated council without quorum in its stage, so the appraiser can seat other members', () => {
    const seated = applySeating(awaitingCouncil(), ['hd-1', 'hd-2', 'hd-3']).state;
    const { state, events } = act(seated, [
      [member('hd-1'), { type: 'DECLARE_CONFLICT', hasConflict: true }],
      [member('hd-2'), { type: 'DECLARE_CONFLICT', hasConflict: true }],
      [member('hd-3'), { type: 'DECLARE_CONFLICT', hasConflict: false }],
    ]);
    expect(state).toMatchObject({ stage: 'COUNCIL_REVIEW', council: [], proposedAmountVnd: 200_000_000 });
    expect(events.at(-1)).toEqual({ type: 'CouncilDissolved', note: expect.stringMatching(/không đủ số thành viên/) });
    expect(validateSeating(state, appraiser, ['hd-4', 'hd-5', 'hd-6'])).toEqual({ ok: true });
  });

  it('keeps the stage’s visit and clock when the council is dissolved: deadline, warning and breach stand', () => {
    const clock = { dueAt: '2026-03-10T16:59:59.999Z', slaWarned: true, overdue: true };
    const seated = applySeating(awaitingCouncil(clock), ['hd-1', 'hd-2', 'hd-3']).state;
    const { state, events } = act(seated, [
      [member('hd-1'), { type: 'DECLARE_CONFLICT', hasConflict: true }],
      [member('hd-2'), { type: 'DECLARE_CONFLICT', hasConflict: true }],
      [member('hd-3'), { type: 'DECLARE_CONFLICT', hasConflict: false }],
    ]);
    expect(state).toMatchObject({ stage: 'COUNCIL_REVIEW', council: [], ...clock });
    expect(events.filter((e) => e.type === 'StageChanged')).toEqual([]);
  });

  it('re-enters the stage with a fresh clock only for workflows whose history did so (NEW_VISIT)', () => {
    const clock = { dueAt: '2026-03-10T16:59:59.999Z', slaWarned: true, overdue: true };
    const seated = applySeating(awaitingCouncil(clock), ['hd-1', 'hd-2', 'hd-3']).state;
    const declared = act(seated, [
      [member('hd-1'), { type: 'DECLARE_CONFLICT', hasConflict: true }],
      [member('hd-2'), { type: 'DECLARE_CONFLICT', hasConflict: true }],
    ]).state;
    const last: OfficerAction = { type: 'DECLARE_CONFLICT', hasConflict: false };
    const { state, events } = applyAction(declared, member('hd-3'), last, { nowMs: 0, reconvening: 'NEW_VISIT' });
    expect(state).toMatchObject({ stage: 'COUNCIL_REVIEW', council: [], dueAt: undefined, overdue: false });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'StageChanged', from: 'COUNCIL_REVIEW', to: 'COUNCIL_REVIEW' }),
    );
  });
});
