import { stageSchema, type Stage } from '@kc/contracts';
import { approvalRefusals, missingField } from './approval-refusals';
import { approvalProcedure } from './approval-procedure';
import { validateAction } from './decide';
import { isFinalStage, pathOf, stageTask, stagesWithTasks, transitionAt } from './procedure-rules';
import type { ApprovalTransition, ReasonField } from './procedure.types';
import type { Actor, OfficerAction } from './officer-action';
import type { SupportRequestState } from './support-request.types';

/** The whole procedure, row by row: [stage, action, roles, unit, where it leads, reason fields]. */
const rows: [Stage, OfficerAction['type'], string[], string, ApprovalTransition['to'], ReasonField[]][] = [
  ['RECEPTION', 'ACCEPT', ['LOCAL_OFFICER'], 'LOCAL', 'LOCAL_REVIEW', []],
  ['RECEPTION', 'REQUEST_SUPPLEMENT', ['LOCAL_OFFICER'], 'LOCAL', null, ['items']],
  ['RECEPTION', 'REFUSE', ['LOCAL_OFFICER'], 'LOCAL', 'REFUSED', ['reason']],
  ['LOCAL_REVIEW', 'RECOMMEND', ['LOCAL_OFFICER'], 'LOCAL', 'DEPARTMENT_APPRAISAL', ['note']],
  ['DEPARTMENT_APPRAISAL', 'REQUEST_SUPPLEMENT', ['DEPARTMENT_APPRAISER'], 'DEPARTMENT', null, ['items']],
  ['DEPARTMENT_APPRAISAL', 'RETURN_TO_LOCAL', ['DEPARTMENT_APPRAISER'], 'DEPARTMENT', 'LOCAL_REVIEW', ['reason']],
  ['DEPARTMENT_APPRAISAL', 'PROPOSE_AMOUNT', ['DEPARTMENT_APPRAISER'], 'DEPARTMENT', 'COUNCIL_REVIEW', []],
  ...(['DECLARE_CONFLICT', 'VOTE'] as const).map(
    (action): [Stage, OfficerAction['type'], string[], string, ApprovalTransition['to'], ReasonField[]] => [
      'COUNCIL_REVIEW',
      action,
      ['COUNCIL_MEMBER'],
      'DEPARTMENT',
      {
        PENDING: null,
        APPROVED: 'LEADER_APPROVAL',
        REJECTED: 'REJECTED',
        NO_QUORUM: 'DEPARTMENT_APPRAISAL',
        RECONVENE: null,
      },
      [],
    ],
  ),
  [
    'LEADER_APPROVAL',
    'APPROVE',
    ['DEPARTMENT_LEADER'],
    'DEPARTMENT',
    { RESERVED: 'IMPLEMENTATION', WAITLISTED: null },
    [],
  ],
  ['LEADER_APPROVAL', 'DECLINE', ['DEPARTMENT_LEADER'], 'DEPARTMENT', 'REJECTED', ['reason']],
  [
    'IMPLEMENTATION',
    'RECORD_ACCEPTANCE',
    ['DEPARTMENT_APPRAISER'],
    'DEPARTMENT',
    { PASSED: ['ACCEPTANCE', 'DISBURSEMENT'], FAILED: null },
    ['note'],
  ],
  [
    'DISBURSEMENT',
    'RECORD_DISBURSEMENT',
    ['DEPARTMENT_APPRAISER'],
    'DEPARTMENT',
    { PAID_IN_FULL: 'COMPLETED', PARTLY_PAID: null },
    [],
  ],
];

const stages = stageSchema.options;
const actor = (roles: string[], unitCode: string | null = 'X-XUAN-LOC'): Actor => ({ userId: 'u-1', roles, unitCode });
const at = (stage: Stage, extra: Partial<SupportRequestState> = {}): SupportRequestState => ({
  stage,
  localUnitCode: 'X-XUAN-LOC',
  maxSupportVnd: 300_000_000,
  council: [{ userId: 'u-1', conflict: false }],
  quorum: { numerator: 2, denominator: 3 },
  awaitingSupplement: false,
  disbursedVnd: 0,
  acceptedAmountVnd: 100_000_000,
  slaWarned: false,
  overdue: false,
  dueAt: '2026-03-05T16:59:59.999Z',
  ...extra,
});
/** The action with every text field empty, so only the table's reason fields can refuse it. */
const blank = (type: OfficerAction['type']) =>
  ({
    type,
    reason: '',
    note: '',
    items: [],
    supports: true,
    amountVnd: 1,
    hasConflict: false,
    approve: true,
    passed: true,
    workingDays: 1,
    assigneeId: 'u-2',
  }) as unknown as OfficerAction;

describe('the approval procedure table', () => {
  it('has exactly the rows of the procedure, and nothing else', () => {
    const table = stages.flatMap((stage) =>
      Object.entries(approvalProcedure.stages[stage].actions).map(([action, t]) => [
        stage,
        action,
        t.roles,
        t.unit,
        t.to,
        t.needs,
      ]),
    );
    expect(table).toEqual(rows);
  });

  it.each(rows)('at %s, %s may be taken by %j of the %s unit only', (stage, action, roles, unit) => {
    const own = unit === 'LOCAL' ? 'X-XUAN-LOC' : 'DN-SCT';
    const state = at(stage, { council: [{ userId: 'u-1' }] });
    const wrongRole = validateAction(state, actor(['APPLICANT'], own), blank(action));
    expect(wrongRole).toEqual({ ok: false, refusal: approvalRefusals.wrongRole(action, roles) });
    if (unit === 'LOCAL')
      expect(validateAction(state, actor(roles, 'X-LONG-THANH'), blank(action))).toEqual({
        ok: false,
        refusal: approvalRefusals.otherUnit('X-XUAN-LOC'),
      });
  });

  it.each(rows.filter((row) => row[5].length > 0))(
    'at %s, %s is refused without its reason field',
    (stage, action, roles, unit, _to, needs) => {
      const own = unit === 'LOCAL' ? 'X-XUAN-LOC' : 'DN-SCT';
      expect(validateAction(at(stage), actor(roles, own), blank(action))).toEqual({
        ok: false,
        refusal: missingField[needs[0]!],
      });
    },
  );

  it('refuses at every stage an action the stage does not have, naming the stage as people read it', () => {
    expect(validateAction(at('LOCAL_REVIEW'), actor(['LOCAL_OFFICER']), { type: 'ACCEPT' })).toEqual({
      ok: false,
      refusal: {
        code: 'ACTION_NOT_AT_STAGE',
        vi: 'Bước Xác minh tại địa phương không có thao tác này.',
        en: 'ACCEPT is not possible at LOCAL_REVIEW.',
      },
    });
    for (const stage of stages.filter((s) => Object.keys(approvalProcedure.stages[s].actions).length === 0))
      expect(transitionAt(stage, 'ACCEPT')).toBeUndefined();
  });

  it('lets operators reassign, extend and cancel at every stage that has not ended, always with a reason', () => {
    for (const stage of stages) {
      for (const type of ['REASSIGN', 'EXTEND_DEADLINE', 'CANCEL'] as const) {
        const row = transitionAt(stage, type);
        if (isFinalStage(stage)) expect(row).toBeUndefined();
        else expect(row).toMatchObject({ roles: ['OPERATOR'], needs: ['reason'] });
      }
    }
    expect(pathOf(approvalProcedure.anyOpenStage.CANCEL)).toEqual(['CANCELLED']);
  });

  it('opens a task for the role that acts at each stage, one per council member at the council', () => {
    // Every stage that has not ended opens one, except ACCEPTANCE, which a passed inspection goes through.
    expect(stagesWithTasks).toEqual(stages.filter((s) => s !== 'ACCEPTANCE' && !isFinalStage(s)));
    for (const stage of stagesWithTasks) {
      const task = stageTask(stage)!;
      for (const action of task.actions)
        expect(transitionAt(stage, action as OfficerAction['type'])?.roles).toContain(task.role);
    }
    expect(stageTask('COUNCIL_REVIEW')).toMatchObject({ role: 'COUNCIL_MEMBER', perMember: true });
    expect(stageTask('ACCEPTANCE')).toBeNull();
  });

  it('leads only to stages that exist, and every end stage is a dead end', () => {
    for (const stage of stages)
      for (const row of Object.values(approvalProcedure.stages[stage].actions)) {
        const outcomes =
          row.to !== null && typeof row.to === 'object' && !Array.isArray(row.to) ? Object.keys(row.to) : [undefined];
        for (const outcome of outcomes) for (const to of pathOf(row, outcome)) expect(stages).toContain(to);
      }
    for (const stage of approvalProcedure.endStages) expect(approvalProcedure.stages[stage].actions).toEqual({});
    expect(() => pathOf(approvalProcedure.stages.LEADER_APPROVAL.actions.APPROVE!, 'MAYBE')).toThrow(RangeError);
  });
});

describe('the approval refusal catalogue', () => {
  const all = [
    ...Object.values(approvalRefusals).map((r) =>
      typeof r === 'function' ? (r as (...a: unknown[]) => unknown)('RECEPTION', ['X']) : r,
    ),
    ...Object.values(missingField),
  ] as { code: string; vi: string; en: string }[];

  it('gives every refusal a code and a text in each language', () => {
    for (const r of all) {
      expect(r.code).toMatch(/^[A-Z_]+$/);
      expect(r.vi.trim().length).toBeGreaterThan(5);
      expect(r.en.trim().length).toBeGreaterThan(5);
      expect(r.vi).not.toEqual(r.en);
      // Vietnamese texts carry their diacritics.
      expect(r.vi).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    }
  });
});
