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

  it('says what an OCOP council decided, stars or not, and shows missing points as a dash', () => {
    expect(vi.ocopOutcome({ kind: 'RECOGNISE', level: 'PROVINCE', stars: 4 })).toBe(
      'đạt 4 sao, được công nhận ở cấp tỉnh',
    );
    expect(en.ocopOutcome({ kind: 'FORWARD', from: 'DISTRICT', to: 'PROVINCE' })).toBe(
      'forwarded from district to province level for further evaluation',
    );
    expect(vi.ocopOutcome({ kind: 'NOT_RECOGNISED', reason: 'MANDATORY_FAILED' })).toBe(
      'không đạt: chưa đáp ứng tiêu chí bắt buộc',
    );
    expect(vi.ocopOutcome({ kind: 'QUORUM_NOT_REACHED', sheetsCounted: 1, quorum: 2 })).toMatch(/chưa đủ số phiếu/);
    expect(vi.points(null)).toBe('—');
  });

  it('words a task deadline, and says so when a stage has none instead of leaving a blank', () => {
    expect(vi.deadline('2026-12-02T16:59:59.999Z')).toBe('hạn 02/12/2026');
    expect(en.deadline('2026-12-02T16:59:59.999Z')).toBe('due 02/12/2026');
    expect(vi.deadline(null)).toBe('không có hạn');
    expect(en.datetime(null)).toBe('none');
  });
});
