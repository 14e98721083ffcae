import units from './dong-nai-units.json';
import { parseOrgUnits } from './load-org-units';
import { isUnitValidOn } from './org-unit';

describe('Đồng Nai organisational units', () => {
  const all = parseOrgUnits(units);

  it('has the 11 district-level units of 2020, ended by the 2025 reform', () => {
    const districts = all.filter((u) => u.kind === 'DISTRICT');
    expect(districts.map((d) => d.name.replace(/^(Thành phố|Huyện) /, '')).sort()).toEqual(
      [
        'Biên Hòa',
        'Long Khánh',
        'Nhơn Trạch',
        'Long Thành',
        'Trảng Bom',
        'Thống Nhất',
        'Vĩnh Cửu',
        'Định Quán',
        'Tân Phú',
        'Xuân Lộc',
        'Cẩm Mỹ',
      ].sort(),
    );
    expect(districts.every((d) => isUnitValidOn(d, '2020-04-16') && !isUnitValidOn(d, '2025-07-01'))).toBe(true);
  });

  it("has today's communes from 1 July 2025, and former communes that ended then with a successor", () => {
    const communes = all.filter((u) => u.kind === 'COMMUNE');
    const current = communes.filter((c) => !c.successorCode);
    const former = communes.filter((c) => c.successorCode);
    expect(current.length).toBeGreaterThan(0);
    expect(current.every((c) => !isUnitValidOn(c, '2025-06-30') && isUnitValidOn(c, '2025-07-01'))).toBe(true);
    expect(former.length).toBeGreaterThan(0);
    for (const c of former) {
      expect(c.validTo).toBe('2025-06-30');
      expect(current.map((x) => x.code)).toContain(c.successorCode);
    }
  });

  it.each([
    ['a duplicate code', { source: 's', units: [...units.units, units.units[0]] }, /duplicate unit code DN/],
    ['an unknown parent', { source: 's', units: [{ ...units.units[1], parentCode: 'NOPE' }] }, /unknown parent NOPE/],
    [
      'an unknown successor',
      { source: 's', units: [{ ...units.units[0], successorCode: 'NOPE' }] },
      /unknown successor NOPE/,
    ],
    [
      'an end before the start',
      { source: 's', units: [{ ...units.units[0], validTo: '1900-01-01' }] },
      /validTo is before validFrom/,
    ],
  ])('rejects a file with %s', (_label, file, message) => {
    expect(() => parseOrgUnits(file)).toThrow(message);
  });
});
