import { ocopPackById, ocopPackInForce } from './ocop-pack-in-force';
import { ocopPacks } from './ocop-packs';

describe('OCOP pack in force', () => {
  it.each([
    ['2019-08-21', 'ocop-1048-2019', { A: 35, B: 25, C: 40 }],
    ['2022-06-15', 'ocop-1048-2019', { A: 35, B: 25, C: 40 }],
    ['2023-02-23', 'ocop-1048-2019', { A: 35, B: 25, C: 40 }],
    ['2023-02-24', 'ocop-148-2023', { A: 40, B: 25, C: 35 }],
    ['2025-07-05', 'ocop-148-2023', { A: 40, B: 25, C: 35 }],
    ['2025-07-06', 'ocop-1489-2025', { A: 40, B: 25, C: 35 }],
    ['2026-03-10', 'ocop-1489-2025', { A: 40, B: 25, C: 35 }],
  ])('on %s is %s with weights %o', (day, id, weights) => {
    const pack = ocopPackInForce(day);
    expect(pack.id).toBe(id);
    expect(pack.partWeights).toEqual(weights);
  });

  it('has none before QĐ 1048 and refuses a malformed date', () => {
    expect(() => ocopPackInForce('2019-08-20')).toThrow('no OCOP pack in force on 2019-08-20');
    expect(() => ocopPackInForce('20/8/2019')).toThrow('not an ISO date');
  });

  it('finds a pack by id and refuses an unknown one', () => {
    expect(ocopPackById('ocop-148-2023').effectiveFrom).toBe('2023-02-24');
    expect(() => ocopPackById('nope')).toThrow('unknown OCOP pack nope');
  });

  it.each(ocopPacks.map((p) => [p.id, p] as const))(
    '%s: weights sum to 100, certificates from 3★ valid 36 months, reminder 90 days before',
    (_id, pack) => {
      expect(pack.partWeights.A + pack.partWeights.B + pack.partWeights.C).toBe(100);
      expect(pack.certificateMinStars).toBe(3);
      expect(pack.certificateValidityMonths).toBe(36);
      expect(pack.reminderDaysBeforeExpiry).toBe(90);
    },
  );

  // domain.md §2.4: who recognises which stars, and from how many points a product goes up a level.
  it.each([
    ['ocop-1048-2019', { 3: 'PROVINCE', 4: 'PROVINCE', 5: 'CENTRAL' }, { DISTRICT: 50, PROVINCE: 90 }],
    ['ocop-148-2023', { 3: 'DISTRICT', 4: 'PROVINCE', 5: 'CENTRAL' }, { DISTRICT: 70, PROVINCE: 90 }],
    ['ocop-1489-2025', { 3: 'PROVINCE', 4: 'PROVINCE', 5: 'CENTRAL' }, { PROVINCE: 90 }],
  ])('%s: recognition %o, forwarding thresholds %o', (id, recognisers, forwards) => {
    const pack = ocopPackById(id);
    for (const [stars, level] of Object.entries(recognisers)) {
      const levels = pack.levels.filter((l) => l.recognisesStars.includes(Number(stars) as 3 | 4 | 5));
      expect(levels.map((l) => l.level)).toEqual([level]);
    }
    const thresholds = Object.fromEntries(
      pack.levels.filter((l) => l.forwardFromPoints !== undefined).map((l) => [l.level, l.forwardFromPoints]),
    );
    expect(thresholds).toEqual(forwards);
  });

  it('has no district tier under QĐ 1489; the commune reports without scoring', () => {
    const pack = ocopPackById('ocop-1489-2025');
    expect(pack.levels.map((l) => [l.level, l.role])).toEqual([
      ['COMMUNE', 'REPORT'],
      ['PROVINCE', 'EVALUATE'],
      ['CENTRAL', 'EVALUATE'],
    ]);
  });
});
