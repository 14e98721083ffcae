import { evaluateCouncil } from './evaluate-council';
import { ocopEvaluationPackById, ocopPackForRegistration } from './ocop-pack-for-registration';
import { scoreTemplate } from './score-template';
import { sheetsWithTotals } from './testing/sheet-builders';

describe('OCOP pack kept from the registration date', () => {
  it.each([
    ['2025-06-30', 'ocop-148-2023', ['DISTRICT', 'PROVINCE', 'CENTRAL']],
    ['2025-07-01', 'ocop-148-2023-no-district', ['PROVINCE', 'CENTRAL']],
    ['2025-07-05', 'ocop-148-2023-no-district', ['PROVINCE', 'CENTRAL']],
    ['2025-07-06', 'ocop-1489-2025', ['COMMUNE', 'PROVINCE', 'CENTRAL']],
  ])('on %s is %s with levels %o', (day, id, levels) => {
    const pack = ocopPackForRegistration(day);
    expect(pack.id).toBe(id);
    expect(pack.levels.map((l) => l.level)).toEqual(levels);
    expect(ocopEvaluationPackById(id)).toBe(pack);
  });

  it('keeps 148’s sheet and bands on 1–5 July 2025 but lets the province recognise 3★', () => {
    const pack = ocopPackForRegistration('2025-07-03');
    expect(pack.partWeights).toEqual({ A: 40, B: 25, C: 35 });
    const template = scoreTemplate(pack, 'FOOD-3a');
    const result = evaluateCouncil(pack, template, sheetsWithTotals(template, [60, 60, 60]), {
      level: 'PROVINCE',
      memberCount: 3,
    });
    expect(result).toMatchObject({ kind: 'EVALUATED', stars: 3, routing: { kind: 'RECOGNISE', level: 'PROVINCE' } });
  });
});
