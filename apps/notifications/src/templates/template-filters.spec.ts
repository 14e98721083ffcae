import { filtersFor } from './template-filters';

describe('template filters', () => {
  const vi = filtersFor('vi');
  const en = filtersFor('en');

  it('shows instants on the Vietnamese calendar (UTC+7), even across midnight', () => {
    expect(vi.date('2026-11-28T18:30:00.000Z')).toBe('29/11/2026');
    expect(vi.datetime('2026-11-28T18:30:00.000Z')).toBe('01:30 ngày 29/11/2026');
    expect(en.datetime('2026-11-28T18:30:00.000Z')).toBe('29/11/2026 01:30 (UTC+7)');
  });

  it('keeps a plain calendar date as it is', () => {
    expect(vi.date('2026-12-28')).toBe('28/12/2026');
  });

  it('writes money in đồng and stage names in the reader’s language', () => {
    expect(vi.money(1_500_000)).toBe('1.500.000 đồng');
    expect(en.money(1_500_000)).toBe('VND 1,500,000');
    expect(vi.stage('COUNCIL_REVIEW')).toBe('Hội đồng xét duyệt');
    expect(en.stage('COUNCIL_REVIEW')).toBe('Council review');
  });

  it('writes OCOP centipoints as points with two decimals', () => {
    expect(vi.points(7850)).toBe('78,50');
    expect(en.points(7500)).toBe('75.00');
  });
});
