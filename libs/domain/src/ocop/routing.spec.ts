import { evaluateCouncil } from './evaluate-council';
import type { OcopLevel } from './ocop-pack';
import { ocopPackInForce } from './ocop-pack-in-force';
import type { OcopRouting } from './routing';
import { scoreTemplate } from './score-template';
import { sheetsWithTotals } from './testing/sheet-builders';

/** Five members all giving `total` at `level`, judged by the pack in force on `day`. */
function routeOn(day: string, level: OcopLevel, total: number) {
  const pack = ocopPackInForce(day);
  const template = scoreTemplate(pack, pack.id === 'ocop-1048-2019' ? 'FOOD-2019' : 'FOOD-3a');
  const result = evaluateCouncil(pack, template, sheetsWithTotals(template, [total, total, total, total, total]), {
    level,
    memberCount: 5,
  });
  if (result.kind !== 'EVALUATED') throw new Error(result.kind);
  return { packId: pack.id, routing: result.routing, certificate: result.certificateMayBeIssued };
}

const recognise = (level: OcopLevel, stars: number): OcopRouting =>
  ({ kind: 'RECOGNISE', level, stars }) as OcopRouting;
const forward = (from: OcopLevel, to: OcopLevel): OcopRouting => ({ kind: 'FORWARD', from, to });
const notRecognised: OcopRouting = { kind: 'NOT_RECOGNISED', reason: 'BELOW_CERTIFICATE' };

// Expected routes are domain.md §2.4, read per legal basis.
describe('routing by pack and date', () => {
  it.each([
    // QĐ 1048 (2019 → 23/02/2023): district evaluates and forwards 50–100; province 3★/4★, ≥ 90 to central.
    ['2022-06-15', 'DISTRICT', 55, 'ocop-1048-2019', forward('DISTRICT', 'PROVINCE')],
    ['2022-06-15', 'DISTRICT', 50, 'ocop-1048-2019', forward('DISTRICT', 'PROVINCE')],
    ['2022-06-15', 'DISTRICT', 49, 'ocop-1048-2019', notRecognised],
    ['2022-06-15', 'PROVINCE', 55, 'ocop-1048-2019', recognise('PROVINCE', 3)],
    ['2022-06-15', 'PROVINCE', 75, 'ocop-1048-2019', recognise('PROVINCE', 4)],
    ['2022-06-15', 'PROVINCE', 95, 'ocop-1048-2019', forward('PROVINCE', 'CENTRAL')],
    // QĐ 148 (24/02/2023 → 05/7/2025): district recognises 3★, forwards 70–100; province 4★, ≥ 90 proposed.
    ['2024-05-10', 'DISTRICT', 75, 'ocop-148-2023', forward('DISTRICT', 'PROVINCE')],
    ['2024-05-10', 'PROVINCE', 75, 'ocop-148-2023', recognise('PROVINCE', 4)],
    ['2024-05-10', 'DISTRICT', 69, 'ocop-148-2023', recognise('DISTRICT', 3)],
    ['2024-05-10', 'DISTRICT', 70, 'ocop-148-2023', forward('DISTRICT', 'PROVINCE')],
    ['2024-05-10', 'DISTRICT', 45, 'ocop-148-2023', notRecognised],
    ['2024-05-10', 'PROVINCE', 65, 'ocop-148-2023', recognise('DISTRICT', 3)],
    ['2024-05-10', 'PROVINCE', 92, 'ocop-148-2023', forward('PROVINCE', 'CENTRAL')],
    ['2024-05-10', 'CENTRAL', 92, 'ocop-148-2023', recognise('CENTRAL', 5)],
    ['2024-05-10', 'CENTRAL', 85, 'ocop-148-2023', recognise('PROVINCE', 4)],
    // QĐ 1489 (from 06/7/2025): commune reports, province recognises 3★–4★, ≥ 90 to the ministry.
    ['2026-03-10', 'PROVINCE', 75, 'ocop-1489-2025', recognise('PROVINCE', 4)],
    ['2026-03-10', 'PROVINCE', 55, 'ocop-1489-2025', recognise('PROVINCE', 3)],
    ['2026-03-10', 'PROVINCE', 89, 'ocop-1489-2025', recognise('PROVINCE', 4)],
    ['2026-03-10', 'PROVINCE', 90, 'ocop-1489-2025', forward('PROVINCE', 'CENTRAL')],
    ['2026-03-10', 'PROVINCE', 30, 'ocop-1489-2025', notRecognised],
    ['2026-03-10', 'CENTRAL', 100, 'ocop-1489-2025', recognise('CENTRAL', 5)],
  ])('on %s a %s council scoring %i (%s) → %o', (day, level, total, packId, routing) => {
    const result = routeOn(day, level as OcopLevel, total);
    expect(result.packId).toBe(packId);
    expect(result.routing).toEqual(routing);
    expect(result.certificate).toBe(routing.kind === 'RECOGNISE');
  });

  it('a 75 in 2024 goes district → province and gets 4★ there; the same scores in 2026 go straight to the province', () => {
    expect([routeOn('2024-05-10', 'DISTRICT', 75).routing, routeOn('2024-05-10', 'PROVINCE', 75).routing]).toEqual([
      forward('DISTRICT', 'PROVINCE'),
      recognise('PROVINCE', 4),
    ]);
    expect(() => routeOn('2026-03-10', 'DISTRICT', 75)).toThrow('no council evaluates at DISTRICT');
    expect(() => routeOn('2026-03-10', 'COMMUNE', 75)).toThrow('no council evaluates at COMMUNE');
    expect(routeOn('2026-03-10', 'PROVINCE', 75).routing).toEqual(recognise('PROVINCE', 4));
  });
});
