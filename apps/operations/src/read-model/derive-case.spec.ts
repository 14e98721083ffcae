import { WorkingDayCalendar, vietnamHolidays } from '@kc/domain';
import type { CaseFact, DatedFact } from './case-facts';
import { CaseDerivation } from './derive-case';
import { workingDaysElapsed } from './working-time';

const calendar = new WorkingDayCalendar(vietnamHolidays);
// 08:00 in Vietnam on a day of November 2026 (2 November is a Monday; no public holiday that month).
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T01:00:00.000Z`;
const fact = (day: number, f: CaseFact): DatedFact => ({ caseId: 'c1', at: at(day), fact: f });
const stage = (day: number, name: string, dueDay: number | null): DatedFact =>
  fact(day, { kind: 'STAGE', stage: name, unitCode: 'U', dueAt: dueDay === null ? null : at(dueDay) });

/** A full approval: a supplement pause of 3 working days during appraisal, whose deadline is then missed. */
const approval: DatedFact[] = [
  fact(2, {
    kind: 'OPENED',
    caseKind: 'DOSSIER',
    code: 'KC-2026-000001',
    programCode: 'MACHINERY',
    unitCode: 'X-XUAN-LOC',
    productGroup: null,
    expectedResultDate: '2026-11-20',
  }),
  stage(2, 'RECEPTION', 4),
  stage(4, 'LOCAL_REVIEW', 9),
  stage(6, 'DEPARTMENT_APPRAISAL', 13),
  fact(9, { kind: 'PAUSED' }),
  fact(12, { kind: 'RESUMED' }),
  fact(16, { kind: 'BREACHED', stage: 'DEPARTMENT_APPRAISAL' }),
  stage(17, 'COUNCIL_REVIEW', null),
  stage(19, 'LEADER_APPROVAL', 23),
  fact(20, { kind: 'DECIDED', outcome: 'APPROVED' }),
  fact(24, { kind: 'BUDGET_RESERVED' }),
  stage(24, 'IMPLEMENTATION', null),
];

describe('working days elapsed', () => {
  it('counts only the parts of working days, so Friday 08:00 to Monday 08:00 is one day', () => {
    expect(workingDaysElapsed(calendar, Date.parse(at(6)), Date.parse(at(9)))).toBeCloseTo(1, 6);
    expect(workingDaysElapsed(calendar, Date.parse(at(2)), Date.parse(at(20)))).toBeCloseTo(14, 6);
  });
});

describe('a case derived from its facts', () => {
  const { row, visits } = CaseDerivation.derive(calendar, 'c1', approval);

  it('has one visit per stage, each held by its party, the pause and the budget wait apart', () => {
    expect(visits.map((v) => [v.stage, v.holder, v.workingDays, v.pausedDays, v.budgetWaitDays, v.holderDays])).toEqual(
      [
        ['RECEPTION', 'LOCAL', 2, 0, 0, 2],
        ['LOCAL_REVIEW', 'LOCAL', 2, 0, 0, 2],
        ['DEPARTMENT_APPRAISAL', 'DEPARTMENT', 7, 3, 0, 4],
        ['COUNCIL_REVIEW', 'COUNCIL', 2, 0, 0, 2],
        ['LEADER_APPROVAL', 'DEPARTMENT', 3, 0, 2, 1],
        ['IMPLEMENTATION', 'APPLICANT', null, 0, 0, null],
      ],
    );
  });

  it('moves the appraisal deadline by the pause and still finds the stage late and breached', () => {
    const appraisal = visits[2];
    expect(appraisal.effectiveDueAt).toBe(at(16));
    expect(appraisal.late).toBe(true);
    expect(appraisal.breached).toBe(true);
    expect(visits[0].late).toBe(false);
  });

  it('judges the dossier against its promised date moved by the pause: decided on the 20th, due the 25th', () => {
    expect(row.dueDate).toBe('2026-11-25');
    expect(row.late).toBe(false);
    expect(row.processingDays).toBe(11);
    expect(row.pausedDays).toBe(3);
    expect(row.closedAt).toBe(at(24));
  });

  it('attributes every working day until the budget came to exactly one party', () => {
    expect(row.partyDays).toEqual({ LOCAL: 4, DEPARTMENT: 5, COUNCIL: 2, APPLICANT: 3, BUDGET_WAIT: 2 });
  });

  it('gives the same rows whatever order the facts arrive in', () => {
    const shuffled = [...approval].reverse();
    expect(CaseDerivation.derive(calendar, 'c1', shuffled)).toEqual({ row, visits });
  });

  it('shows an open case waiting on the applicant as held by the applicant, its deadline not yet moved', () => {
    const open = CaseDerivation.derive(calendar, 'c1', approval.slice(0, 5));
    expect(open.row.holder).toBe('APPLICANT');
    expect(open.row.pausedSince).toBe(at(9));
    expect(open.row.stageDueAt).toBe(at(13));
    expect(open.row.late).toBeNull();
  });
});

describe('a dossier wait-listed for budget (BudgetWaitlisted, then ApplicationApproved with BudgetReserved)', () => {
  const waitlisted: DatedFact[] = [
    ...approval.slice(0, 9),
    stage(19, 'LEADER_APPROVAL', 23),
    fact(20, { kind: 'BUDGET_WAITLISTED' }),
    fact(24, { kind: 'DECIDED', outcome: 'APPROVED' }),
    fact(24, { kind: 'BUDGET_RESERVED' }),
    stage(24, 'IMPLEMENTATION', null),
  ];

  it('shows the waiting dossier as held by the budget wait, not by the leader', () => {
    const open = CaseDerivation.derive(calendar, 'c1', waitlisted.slice(0, 11));
    expect(open.row.holder).toBe('BUDGET_WAIT');
  });

  it('counts the days from the wait-list to the reservation as the budget’s, whatever the order of arrival', () => {
    const { row } = CaseDerivation.derive(calendar, 'c1', [...waitlisted].reverse());
    expect(row.partyDays).toEqual({ LOCAL: 4, DEPARTMENT: 5, COUNCIL: 2, APPLICANT: 3, BUDGET_WAIT: 2 });
  });
});
