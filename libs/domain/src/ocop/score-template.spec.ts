import { ocopPack1048, ocopPack148, ocopPack1489, ocopPacks } from './ocop-packs';
import { scoreTemplate, scoreTemplatesFor, templateCriteria } from './score-template';

const everyTemplate = ocopPacks.flatMap((pack) => scoreTemplatesFor(pack).map((t) => [t.id, pack, t] as const));

describe('score-sheet templates', () => {
  it.each(everyTemplate)('%s: part maxima equal the pack weights and the sheet totals 100', (_id, pack, template) => {
    for (const part of template.parts) {
      expect(part.maxPoints).toBe(pack.partWeights[part.part]);
      expect(part.criteria.reduce((sum, c) => sum + c.maxPoints, 0)).toBe(part.maxPoints);
    }
    expect(template.parts.map((p) => p.part)).toEqual(['A', 'B', 'C']);
    expect(template.parts.reduce((sum, p) => sum + p.maxPoints, 0)).toBe(100);
  });

  it.each(everyTemplate)(
    '%s: criterion codes unique, whole maxima, minima only on mandatory lines',
    (_id, _pack, t) => {
      const criteria = templateCriteria(t).map((l) => l.criterion);
      expect(new Set(criteria.map((c) => c.code)).size).toBe(criteria.length);
      for (const c of criteria) {
        expect(Number.isInteger(c.maxPoints) && c.maxPoints > 0).toBe(true);
        expect(c.nameVi).not.toBe('');
        expect(c.nameEn).not.toBe('');
        if (c.mandatory) expect(c.minimumPoints).toBeGreaterThanOrEqual(1);
        else expect(c.minimumPoints).toBe(0);
        expect(c.minimumPoints).toBeLessThanOrEqual(c.maxPoints);
      }
      expect(criteria.some((c) => c.mandatory)).toBe(true);
    },
  );

  it('covers the six product groups of QĐ 148 / 919 and the Food subgroups read in Annex I', () => {
    for (const pack of [ocopPack148, ocopPack1489]) {
      expect(pack.productGroups.map((g) => g.code)).toEqual([
        'FOOD',
        'BEVERAGE',
        'MEDICINAL',
        'HANDICRAFT',
        'ORNAMENTAL',
        'TOURISM',
      ]);
      expect(pack.productGroups[0].subgroups.map((s) => s.code)).toEqual([
        'FOOD-1a',
        'FOOD-1b',
        'FOOD-2a',
        'FOOD-2b',
        'FOOD-3a',
        'FOOD-3b',
        'FOOD-3c',
        'FOOD-3d',
      ]);
    }
    expect(ocopPack148.productGroups[0].subgroups.find((s) => s.code === 'FOOD-3a')?.leadMinistry).toBe(
      'INDUSTRY_TRADE',
    );
  });

  it('keeps the six QĐ 1048 groups for historic dossiers', () => {
    expect(ocopPack1048.productGroups.map((g) => g.nameVi)).toEqual([
      'Thực phẩm',
      'Đồ uống',
      'Thảo dược',
      'Vải và may mặc',
      'Lưu niệm, nội thất, trang trí',
      'Dịch vụ du lịch nông thôn và bán hàng',
    ]);
  });

  it('gives food a mandatory food-safety line and handicrafts none', () => {
    const codes = (subgroup: string) =>
      templateCriteria(scoreTemplate(ocopPack148, subgroup)).map((l) => l.criterion.code);
    expect(codes('FOOD-3a')).toContain('C2-SAFETY');
    expect(codes('HANDICRAFT-WOOD')).not.toContain('C2-SAFETY');
  });

  it('refuses a subgroup the pack does not know', () => {
    expect(() => scoreTemplate(ocopPack148, 'FOOD-2019')).toThrow(
      'no subgroup FOOD-2019 under OCOP pack ocop-148-2023',
    );
  });
});
