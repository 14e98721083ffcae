import fs from 'node:fs';
import { z } from 'zod';
import { vietnamHolidays, type HolidayTable } from '@kc/domain';

const isoDate = z.iso.date();
const holidayFileSchema = z.record(
  z.string().regex(/^\d{4}$/),
  z.strictObject({ holidays: z.array(isoDate), makeUpWorkdays: z.array(isoDate).optional() }),
);

/**
 * The built-in holiday tables plus an administrator's file (`HOLIDAYS_FILE`) for the years it names.
 * Every service that counts working days reads the same file; a broken file stops the service at boot.
 */
export function loadHolidayTables(file: string | undefined): Record<number, HolidayTable> {
  const tables: Record<number, HolidayTable> = { ...vietnamHolidays };
  if (!file) return tables;
  const extra = holidayFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  for (const [year, table] of Object.entries(extra)) tables[Number(year)] = table;
  return tables;
}
