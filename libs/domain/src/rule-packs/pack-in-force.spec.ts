import { packById, packInForce } from './pack-in-force';

describe('rule pack in force', () => {
  it.each([
    ['2020-04-16', 'dong-nai-2020', 'DISTRICT'],
    ['2024-12-31', 'dong-nai-2020', 'DISTRICT'],
    ['2025-06-30', 'dong-nai-2020', 'DISTRICT'],
    ['2025-07-01', 'dong-nai-2025-07', 'COMMUNE'],
    ['2026-11-28', 'dong-nai-2025-07', 'COMMUNE'],
  ])('on %s is %s (%s tier)', (day, id, tier) => {
    const pack = packInForce(day);
    expect(pack.id).toBe(id);
    expect(pack.localTier).toBe(tier);
  });

  it('has none before the seed plan', () => {
    expect(() => packInForce('2020-04-15')).toThrow('no rule pack in force on 2020-04-15');
  });

  it('finds a dossier’s pack again by id, and refuses an unknown id', () => {
    expect(packById('dong-nai-2020').effectiveFrom).toBe('2020-04-16');
    expect(() => packById('nope')).toThrow('unknown rule pack nope');
  });

  it('covers the four support programmes in every pack, each with documents and a basis', () => {
    for (const id of ['dong-nai-2020', 'dong-nai-2025-07']) {
      const pack = packById(id);
      expect(Object.keys(pack.programs).sort()).toEqual([
        'DEMO_MODEL',
        'MACHINERY',
        'RELOCATION_INTEREST',
        'ROOFTOP_SOLAR',
      ]);
      for (const rule of Object.values(pack.programs)) {
        expect(rule.requiredDocuments.length).toBeGreaterThan(0);
        expect(rule.basis).not.toBe('');
      }
    }
  });

  it('gives each pack an appraisal-council quorum above half of the council', () => {
    for (const id of ['dong-nai-2020', 'dong-nai-2025-07']) {
      const { numerator, denominator } = packById(id).councilQuorum;
      expect(numerator / denominator).toBeGreaterThan(0.5);
      expect(numerator / denominator).toBeLessThanOrEqual(1);
    }
  });
});
