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

  it('has communes only from 1 July 2025', () => {
    const communes = all.filter((u) => u.kind === 'COMMUNE');
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.every((c) => !isUnitValidOn(c, '2025-06-30') && isUnitValidOn(c, '2025-07-01'))).toBe(true);
  });

  it.each([
    ['a duplicate code', { source: 's', units: [...units.units, units.units[0]] }, /duplicate unit code DN/],
    ['an unknown parent', { source: 's', units: [{ ...units.units[1], parentCode: 'NOPE' }] }, /unknown parent NOPE/],
    [
      'an end before the start',
      { source: 's', units: [{ ...units.units[0], validTo: '1900-01-01' }] },
      /validTo is before validFrom/,
    ],
  ])('rejects a file with %s', (_label, file, message) => {
    expect(() => parseOrgUnits(file)).toThrow(message);
  });
});
