import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkingDayCalendar } from '@kc/domain';
import { loadHolidayTables } from './holiday-file';

describe('holiday tables an administrator adds', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-holidays-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds a year the built-in table lacks, so deadlines can run into it', () => {
    const file = path.join(dir, 'ok.json');
    fs.writeFileSync(file, JSON.stringify({ 2028: { holidays: ['2028-01-03'] } }));
    const calendar = new WorkingDayCalendar(loadHolidayTables(file));
    expect(calendar.addWorkingDays('2027-12-31', 1)).toBe('2028-01-04');
  });

  it('refuses a malformed file at boot', () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ 2028: { holidays: ['03/01/2028'] } }));
    expect(() => loadHolidayTables(file)).toThrow();
  });
});
