import { dongNai2020, dongNai2025, dongNaiUnitsFile, parseOrgUnits, vietnamDate } from '@kc/domain';
import { checkSubmission, type SubmissionCandidate } from './submission-rules';

const units = parseOrgUnits(dongNaiUnitsFile);
const complete: SubmissionCandidate = {
  programCode: 'MACHINERY',
  establishmentType: 'HOUSEHOLD_BUSINESS',
  localUnitCode: 'X-XUAN-LOC',
  cost: { eligibleCostVnd: 400_000_000 },
  documentCodes: ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'QUOTATIONS'],
};

describe('submission rules', () => {
  it('accepts a complete machinery dossier at a commune after the reform, with 50 % support', () => {
    const verdict = checkSubmission(complete, dongNai2025, units, '2026-11-28');
    expect(verdict).toMatchObject({ ok: true, support: { supportVnd: 200_000_000 } });
  });

  it('lists every missing document', () => {
    const verdict = checkSubmission(
      { ...complete, documentCodes: ['REQUEST_LETTER'] },
      dongNai2025,
      units,
      '2026-11-28',
    );
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.problems.map((p) => p.field)).toEqual([
      'documents.BUSINESS_REGISTRATION',
      'documents.PROJECT_PROPOSAL',
      'documents.QUOTATIONS',
    ]);
  });

  it('requires a district under the 2020 pack and a commune or ward under the 2025 pack', () => {
    expect(checkSubmission({ ...complete, localUnitCode: 'H-XUAN-LOC' }, dongNai2020, units, '2024-05-02').ok).toBe(
      true,
    );
    expect(checkSubmission({ ...complete, localUnitCode: 'X-XUAN-LOC' }, dongNai2020, units, '2024-05-02').ok).toBe(
      false,
    );
    const afterReform = checkSubmission({ ...complete, localUnitCode: 'H-XUAN-LOC' }, dongNai2025, units, '2025-07-01');
    expect(!afterReform.ok && afterReform.problems[0].messageVi).toContain('cấp xã/phường');
  });

  it('refuses a cost input of the wrong kind for the programme', () => {
    const verdict = checkSubmission(
      { ...complete, cost: { loanAmountVnd: 1, annualInterestRate: 900, months: 12 } },
      dongNai2025,
      units,
      '2026-11-28',
    );
    expect(!verdict.ok && verdict.problems.map((p) => p.field)).toEqual(['cost']);
  });

  it('counts the submission day in Vietnam time', () => {
    expect(vietnamDate(new Date('2026-06-30T17:30:00Z'))).toBe('2026-07-01');
    expect(vietnamDate(new Date('2026-06-30T16:59:59Z'))).toBe('2026-06-30');
  });
});
