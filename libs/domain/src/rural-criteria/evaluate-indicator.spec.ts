import { evaluateAssessment, evaluateIndicator } from './evaluate-indicator';
import { findTemplate, ruralCriteriaPacks, ruralPackById, ruralPackForRegistration } from './criteria-packs';
import { ruralRegions } from './criteria.types';
import type { CriteriaTemplate } from './indicator.types';
import type { MarketFacts } from './commune-facts';
import type { RuralSelfAssessment } from './self-assessment.types';

const goodMarket: MarketFacts = {
  planned: true,
  tradingPoints: 100,
  tradingAreaM2: 300,
  hall: 'SEMI_PERMANENT',
  hardenedFloor: true,
  signboard: true,
  separateToilets: true,
  parking: true,
  separateZones: true,
};

const shareIndicators = (t: CriteriaTemplate) =>
  t.indicators.filter((i) => i.rule.kind === 'HOUSEHOLD_SHARE') as (CriteriaTemplate['indicators'][number] & {
    rule: { kind: 'HOUSEHOLD_SHARE'; minPercent: number };
  })[];

const every = ruralCriteriaPacks.flatMap((p) => p.templates.map((t) => [t.id, t] as const));

describe('new-rural criteria templates: every household-share threshold at its boundary', () => {
  it.each(every)('%s', (_id, template) => {
    for (const indicator of shareIndicators(template)) {
      const min = indicator.rule.minPercent;
      // 10 000 households: min % exactly passes, one household fewer fails.
      const at = evaluateIndicator(indicator, { households: 10_000, householdsDirect: min * 100 });
      const below = evaluateIndicator(indicator, { households: 10_000, householdsDirect: min * 100 - 1 });
      expect([at.proposal, below.proposal]).toEqual(['DAT', 'KHONG_DAT']);
      expect(at.value).toBe(min);
    }
  });

  it('asks 100 % in the South-East and Red River Delta, 99 % and 98 % elsewhere, for advanced communes 2021–2025', () => {
    const pack = ruralPackById('ntm-2021-2025');
    const advanced = Object.fromEntries(
      ruralRegions.map((region) => {
        const t = findTemplate(pack, { level: 'ADVANCED', region })!;
        return [region, t.indicators.find((i) => i.code === '4-NC')!.rule];
      }),
    );
    expect(advanced).toMatchObject({
      SOUTH_EAST: { minPercent: 100 },
      RED_RIVER_DELTA: { minPercent: 100 },
      NORTH_CENTRAL_AND_CENTRAL_COAST: { minPercent: 99 },
      MEKONG_DELTA: { minPercent: 99 },
      NORTHERN_MIDLANDS_AND_MOUNTAINS: { minPercent: 98 },
      CENTRAL_HIGHLANDS: { minPercent: 98 },
    });
  });

  it('does not round 99.99 % up to 100 % in the South-East', () => {
    const t = findTemplate(ruralPackById('ntm-2021-2025'), { level: 'ADVANCED', region: 'SOUTH_EAST' })!;
    const nc = t.indicators.find((i) => i.code === '4-NC')!;
    expect(evaluateIndicator(nc, { households: 10_001, householdsDirect: 10_000 }).proposal).toBe('KHONG_DAT');
  });

  it('marks unconfirmed thresholds with the text to check, and the verified advanced share as verified', () => {
    const t = findTemplate(ruralPackById('ntm-2021-2025'), { level: 'ADVANCED', region: 'SOUTH_EAST' })!;
    const e = evaluateAssessment(t, {});
    expect(e.indicators.find((i) => i.code === '4.2')!.unverified).toMatchObject({
      check: expect.stringContaining('318'),
    });
    expect(e.indicators.find((i) => i.code === '4-NC')!.unverified).toBeNull();
  });

  it('has templates per commune group 1, 2, 3 for 2026–2030, all unverified', () => {
    const pack = ruralPackById('ntm-2026-2030');
    for (const group of [1, 2, 3] as const)
      for (const level of ['STANDARD', 'ADVANCED', 'MODERN'] as const) {
        const t = findTemplate(pack, { level, group })!;
        expect(t.id).toBe(`2026-2030/${level}/G${group}`);
        expect(t.indicators.every((i) => !i.verification.verified)).toBe(true);
      }
  });

  it('has the pilot modern commune only in 2026–2030 and the model commune only in 2021–2025', () => {
    const p2021 = ruralPackById('ntm-2021-2025');
    const p2026 = ruralPackById('ntm-2026-2030');
    expect(findTemplate(p2021, { level: 'MODERN', region: 'SOUTH_EAST' })).toBeUndefined();
    expect(findTemplate(p2026, { level: 'MODEL', group: 2 })).toBeUndefined();
    expect(findTemplate(p2021, { level: 'MODEL', region: 'SOUTH_EAST' })).toBeDefined();
  });

  it('asks a modern commune at least what an advanced commune of its group must show, citing Annex II', () => {
    const pack = ruralPackById('ntm-2026-2030');
    for (const group of [1, 2, 3] as const) {
      const share = (level: 'ADVANCED' | 'MODERN') =>
        shareIndicators(findTemplate(pack, { level, group })!).map((i) => i.rule.minPercent);
      const modern = findTemplate(pack, { level: 'MODERN', group })!;
      share('MODERN').forEach((min, k) => expect(min).toBeGreaterThanOrEqual(share('ADVANCED')[k]));
      for (const i of modern.indicators)
        expect(i.verification).toMatchObject({ verified: false, check: expect.stringContaining('Phụ lục II') });
    }
  });
});

describe('new-rural criteria: template chosen by registration date', () => {
  it.each([
    ['2022-03-08', 'ntm-2021-2025'],
    ['2025-12-31', 'ntm-2021-2025'],
    ['2026-02-14', 'ntm-2021-2025'],
    ['2026-02-15', 'ntm-2026-2030'],
  ])('registered on %s → %s', (day, id) => {
    expect(ruralPackForRegistration(day).id).toBe(id);
  });
  it('has none before QĐ 318', () => expect(() => ruralPackForRegistration('2022-03-07')).toThrow(RangeError));
});

describe('criterion 7: the market first, then the store', () => {
  const t = findTemplate(ruralPackById('ntm-2021-2025'), { level: 'STANDARD', region: 'SOUTH_EAST' })!;
  const c7 = t.indicators.find((i) => i.code === '7')!;
  const judge = (a: RuralSelfAssessment) => evaluateIndicator(c7, a);
  const store = { type: 'CONVENIENCE_STORE', meetsStandard: true } as const;

  it('passes a planned market at exactly 3 m² per trading point, fails it just below', () => {
    expect(judge({ market: { ...goodMarket, tradingAreaM2: 300 } })).toMatchObject({
      proposal: 'DAT',
      path: 'MARKET',
      value: 3,
    });
    expect(judge({ market: { ...goodMarket, tradingAreaM2: 299 } })).toMatchObject({
      proposal: 'KHONG_DAT',
      path: 'MARKET',
    });
  });

  it.each([
    ['planned', { planned: false }],
    ['hall', { hall: 'TEMPORARY' }],
    ['hardenedFloor', { hardenedFloor: false }],
    ['signboard', { signboard: false }],
    ['separateToilets', { separateToilets: false }],
    ['parking', { parking: false }],
    ['separateZones', { separateZones: false }],
  ] as const)('fails a market without %s, with a reason', (_name, change) => {
    const e = judge({ market: { ...goodMarket, ...change } });
    expect(e.proposal).toBe('KHONG_DAT');
    expect(e.reasonsVi).toHaveLength(1);
  });

  it('accepts a permanent hall as well as a semi-permanent one', () => {
    expect(judge({ market: { ...goodMarket, hall: 'PERMANENT' } }).proposal).toBe('DAT');
  });

  it('judges a commune with a market on the market alone, even if it has a good store', () => {
    expect(judge({ market: { ...goodMarket, signboard: false }, store })).toMatchObject({
      proposal: 'KHONG_DAT',
      path: 'MARKET',
    });
  });

  it('judges a commune without a market on its store', () => {
    expect(judge({ market: null, store })).toMatchObject({ proposal: 'DAT', path: 'STORE' });
    expect(judge({ market: null, store: { ...store, meetsStandard: false } })).toMatchObject({
      proposal: 'KHONG_DAT',
      path: 'STORE',
    });
    expect(judge({ market: null, store: null })).toMatchObject({ proposal: 'KHONG_DAT', path: 'STORE' });
  });

  it('asks for the market first, then (only without one) for the store', () => {
    expect(judge({})).toMatchObject({ proposal: 'INCOMPLETE', missing: ['market'] });
    expect(judge({ market: null })).toMatchObject({ proposal: 'INCOMPLETE', missing: ['store'] });
    expect(judge({ market: goodMarket }).missing).toEqual([]);
  });
});

describe('a whole self-assessment', () => {
  const t = findTemplate(ruralPackById('ntm-2021-2025'), { level: 'ADVANCED', region: 'SOUTH_EAST' })!;
  const evidence = Object.fromEntries(t.indicators.map((i) => [i.code, i.evidence.map((_, n) => `doc-${n}`)]));

  it('is DAT only when every indicator is, and lists what is missing while typed', () => {
    expect(evaluateAssessment(t, { households: 100 })).toMatchObject({ proposal: 'INCOMPLETE', complete: false });
    const all = { households: 1000, householdsDirect: 1000, gridMeetsStandard: true, market: goodMarket, evidence };
    expect(evaluateAssessment(t, all)).toMatchObject({ proposal: 'DAT', complete: true });
    expect(evaluateAssessment(t, { ...all, householdsDirect: 999 })).toMatchObject({
      proposal: 'KHONG_DAT',
      complete: true,
    });
    const noEvidence = evaluateAssessment(t, { ...all, evidence: {} });
    expect(noEvidence).toMatchObject({ proposal: 'DAT', complete: false });
    expect(noEvidence.indicators[0].missingEvidence).toEqual(['Xác nhận của Công ty Điện lực']);
  });
});
