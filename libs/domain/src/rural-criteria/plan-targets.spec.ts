import { planProgress } from './plan-targets';
import { recognitionHistory, currentSuccessor } from './merged-communes';
import { parseOrgUnits } from '../reference/load-org-units';
import units from '../reference/dong-nai-units.json';

describe('the plan’s targets', () => {
  it('holds the 2020 plan: ≥ 13 advanced, 3 model communes, 10 model residential areas', () => {
    const p = planProgress(2020, []);
    expect(p.levels.map((l) => [l.level, l.target])).toEqual([
      ['STANDARD', null],
      ['ADVANCED', 13],
      ['MODEL', 3],
      ['MODERN', null],
      ['MODEL_RESIDENTIAL_AREA', 10],
    ]);
  });

  it('counts registered, in appraisal, passed, failed, and forecasts the pipeline at the pass rate so far', () => {
    const rows = [
      ...Array(6).fill({ level: 'ADVANCED', stage: 'PASSED' }),
      ...Array(2).fill({ level: 'ADVANCED', stage: 'NOT_MET' }),
      ...Array(4).fill({ level: 'ADVANCED', stage: 'DEPARTMENT_APPRAISAL' }),
      { level: 'ADVANCED', stage: 'CANCELLED' },
      { level: 'MODEL', stage: 'SELF_ASSESSMENT' },
    ];
    const [, advanced, model] = planProgress(2020, rows).levels;
    expect(advanced).toMatchObject({ registered: 12, inAppraisal: 4, passed: 6, failed: 2, forecast: 9, gap: 4 });
    // Nothing decided yet: the whole pipeline counts.
    expect(model).toMatchObject({ registered: 1, forecast: 1, gap: 2 });
  });
});

describe('communes merged on 1/7/2025', () => {
  const all = parseOrgUnits(units);
  const records = [
    {
      communeCode: 'X-XUAN-HIEP',
      level: 'ADVANCED',
      year: 2023,
      outcome: 'DAT' as const,
      recognisedOn: '2023-11-20',
      revokedOn: null,
    },
    {
      communeCode: 'X-XUAN-LOC',
      level: 'MODEL',
      year: 2026,
      outcome: 'DAT' as const,
      recognisedOn: '2026-10-02',
      revokedOn: null,
    },
    {
      communeCode: 'X-BINH-SON',
      level: 'STANDARD',
      year: 2021,
      outcome: 'DAT' as const,
      recognisedOn: '2021-12-01',
      revokedOn: null,
    },
  ];

  it('shows a former commune’s recognition against its successor, with who held it', () => {
    expect(currentSuccessor(all, 'X-XUAN-HIEP')?.code).toBe('X-XUAN-LOC');
    const history = recognitionHistory(all, 'X-XUAN-LOC', records);
    expect(history.map((h) => [h.year, h.heldBy.name, h.heldBy.validTo])).toEqual([
      [2026, 'Xã Xuân Lộc', null],
      [2023, 'Xã Xuân Hiệp', '2025-06-30'],
    ]);
  });
});
