import { councilQuorum } from './council-quorum';
import { evaluateCouncil } from './evaluate-council';
import type { OcopPack } from './ocop-pack';
import { ocopPack148, ocopPack1489 } from './ocop-packs';
import { scoreTemplate } from './score-template';
import { sheetsWithTotals } from './testing/sheet-builders';

const pack = ocopPack1489;
const template = scoreTemplate(pack, 'FOOD-3a');
const province = { level: 'PROVINCE' as const, memberCount: 5 };

function evaluated(result: ReturnType<typeof evaluateCouncil>) {
  if (result.kind !== 'EVALUATED') throw new Error(`expected EVALUATED, got ${result.kind}`);
  return result;
}

describe('evaluateCouncil', () => {
  it('averages members’ totals and parts, bands, and explains what is missing for the next star', () => {
    // 75 + 75 + 76 = 226 / 3 = 75.333… → 75.33 → 4★; 5★ needs 90.00 − 75.33 = 14.67
    const result = evaluated(
      evaluateCouncil(pack, template, sheetsWithTotals(template, [75, 75, 76]), { ...province, memberCount: 3 }),
    );
    expect(result.averageTotal).toBe(7533);
    expect(result.stars).toBe(4);
    expect(result.nextStar).toEqual({ stars: 5, missing: 1467 });
    expect(result.partAverages.A + result.partAverages.B + result.partAverages.C).toBeLessThanOrEqual(7533);
    expect(result.partAverages.A).toBe(4000); // the builder fills part A (40) first
    expect(result.explanation.map((m) => m.vi)).toContain('Tổng điểm trung bình của 3 thành viên: 75,33');
    expect(result.explanation.map((m) => m.en)).toContain('14.67 points short of 5 stars');
  });

  it('rounding down keeps 90, 90, 89 (89.66) at 4★ in the province instead of proposing it to central', () => {
    const result = evaluated(
      evaluateCouncil(pack, template, sheetsWithTotals(template, [90, 90, 89]), { ...province, memberCount: 3 }),
    );
    expect(result.averageTotal).toBe(8966);
    expect(result.stars).toBe(4);
    expect(result.routing).toEqual({ kind: 'RECOGNISE', level: 'PROVINCE', stars: 4 });
  });

  describe('mandatory minimum criteria (Không đạt whatever the total)', () => {
    it('fails a product scoring 97 on average when the council gives the food-safety line 0', () => {
      const sheets = sheetsWithTotals(template, [97, 97, 97, 97, 97], () => ({ 'C2-SAFETY': 0 }));
      const result = evaluated(evaluateCouncil(pack, template, sheets, province));
      expect(result.averageTotal).toBe(9700);
      expect(result.bandStars).toBe(5);
      expect(result.stars).toBeNull();
      expect(result.failedMandatory.map((f) => [f.code, f.average, f.membersBelowMinimum.length])).toEqual([
        ['C2-SAFETY', 0, 5],
      ]);
      expect(result.certificateMayBeIssued).toBe(false);
      expect(result.routing).toEqual({ kind: 'NOT_RECOGNISED', reason: 'MANDATORY_FAILED' });
      expect(result.explanation.map((m) => m.vi)).toContain('Kết quả: Không đạt (không xếp hạng sao)');
    });

    it('council average below the minimum fails: 0, 0, 0, 1, 1 averages 0.40 < 1', () => {
      const safety = [0, 0, 0, 1, 1];
      const sheets = sheetsWithTotals(template, [80, 80, 80, 80, 80], (i) => ({ 'C2-SAFETY': safety[i] }));
      const result = evaluated(evaluateCouncil(pack, template, sheets, province));
      expect(result.failedMandatory).toEqual([
        expect.objectContaining({
          code: 'C2-SAFETY',
          minimumPoints: 1,
          average: 40,
          membersBelowMinimum: ['m1', 'm2', 'm3'],
        }),
      ]);
      expect(result.stars).toBeNull();
    });

    it('council average at or above the minimum passes although one member gave 0: 0, 3, 3, 3, 3 averages 2.40', () => {
      const safety = [0, 3, 3, 3, 3];
      const sheets = sheetsWithTotals(template, [80, 80, 80, 80, 80], (i) => ({ 'C2-SAFETY': safety[i] }));
      const result = evaluated(evaluateCouncil(pack, template, sheets, province));
      expect(result.failedMandatory).toEqual([]);
      expect(result.stars).toBe(4);
    });

    it('under a pack configured ANY_MEMBER, that one 0 fails the product', () => {
      const strict: OcopPack = { ...pack, mandatoryCriterionRule: 'ANY_MEMBER' };
      const safety = [0, 3, 3, 3, 3];
      const sheets = sheetsWithTotals(template, [80, 80, 80, 80, 80], (i) => ({ 'C2-SAFETY': safety[i] }));
      const result = evaluated(evaluateCouncil(strict, template, sheets, province));
      expect(result.failedMandatory.map((f) => [f.code, f.membersBelowMinimum])).toEqual([['C2-SAFETY', ['m1']]]);
      expect(result.stars).toBeNull();
    });
  });

  describe('quorum: 2/3 of the members, rounded up [unverified default]', () => {
    it.each([
      [3, 2],
      [5, 4],
      [7, 5],
      [9, 6],
      [10, 7],
    ])('%i members need %i sheets', (members, quorum) => {
      expect(councilQuorum(pack, members)).toBe(quorum);
    });

    it('is not reached with 4 sheets of a 7-member council', () => {
      const result = evaluateCouncil(pack, template, sheetsWithTotals(template, [80, 80, 80, 80]), {
        level: 'PROVINCE',
        memberCount: 7,
      });
      expect(result).toMatchObject({ kind: 'QUORUM_NOT_REACHED', sheetsCounted: 4, quorum: 5, memberCount: 7 });
      if (result.kind === 'QUORUM_NOT_REACHED')
        expect(result.message.vi).toBe('Chưa đủ số lượng: 4/7 phiếu, cần ít nhất 5');
    });

    it('is reached with 5 of 7, and a sitting may set its own quorum', () => {
      expect(
        evaluateCouncil(pack, template, sheetsWithTotals(template, [80, 80, 80, 80, 80]), {
          level: 'PROVINCE',
          memberCount: 7,
        }).kind,
      ).toBe('EVALUATED');
      expect(
        evaluateCouncil(pack, template, sheetsWithTotals(template, [80, 80, 80, 80, 80]), {
          level: 'PROVINCE',
          memberCount: 7,
          quorum: 6,
        }).kind,
      ).toBe('QUORUM_NOT_REACHED');
    });
  });

  it('rejects invalid sheets per member and duplicate members before counting anything', () => {
    const sheets = sheetsWithTotals(template, [80, 80, 80]);
    const bad = { memberId: 'm4', answers: { ...sheets[0].answers, A1: 99 } };
    const result = evaluateCouncil(pack, template, [...sheets, bad, sheets[0]], province);
    expect(result.kind).toBe('INVALID_SHEETS');
    if (result.kind !== 'INVALID_SHEETS') return;
    expect(result.councilProblems.map((p) => [p.code, p.messageEn])).toEqual([
      ['DUPLICATE_MEMBER', 'Member m1 has already submitted a sheet'],
    ]);
    expect(result.sheetProblems).toEqual([
      { memberId: 'm4', problems: [expect.objectContaining({ criterionCode: 'A1', code: 'OUT_OF_RANGE' })] },
    ]);
  });

  it('refuses a template of another pack and a level that holds no council', () => {
    expect(() => evaluateCouncil(pack, scoreTemplate(ocopPack148, 'FOOD-3a'), [], province)).toThrow('does not belong');
    expect(() => evaluateCouncil(pack, template, [], { level: 'COMMUNE', memberCount: 5 })).toThrow(
      'no council evaluates at COMMUNE under ocop-1489-2025',
    );
    expect(() => evaluateCouncil(pack, template, [], { level: 'DISTRICT', memberCount: 5 })).toThrow(
      'no council evaluates at DISTRICT',
    );
  });
});
