import fs from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import {
  dongNaiUnitsFile,
  parseOrgUnits,
  vietnamHolidays,
  WorkingDayCalendar,
  type HolidayTable,
  type OrgUnit,
} from '@kc/domain';
import { z } from 'zod';
import { APPLICATIONS_CONFIG } from '../applications-config.token';
import type { ApplicationsConfig } from '../config';

const isoDate = z.iso.date();
const holidayFileSchema = z.record(
  z.string().regex(/^\d{4}$/),
  z.strictObject({ holidays: z.array(isoDate), makeUpWorkdays: z.array(isoDate).optional() }),
);

/** Reads an administrator's holiday file; a broken file stops the service at boot with the reason. */
export function loadHolidayTables(file: string | undefined): Record<number, HolidayTable> {
  const tables: Record<number, HolidayTable> = { ...vietnamHolidays };
  if (!file) return tables;
  const extra = holidayFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  for (const [year, table] of Object.entries(extra)) tables[Number(year)] = table;
  return tables;
}

/** Đồng Nai's units and the working-day calendar, loaded once per process. */
@Injectable()
export class ReferenceData {
  readonly units: readonly OrgUnit[] = parseOrgUnits(dongNaiUnitsFile);
  readonly calendar: WorkingDayCalendar;

  constructor(@Inject(APPLICATIONS_CONFIG) config: ApplicationsConfig) {
    this.calendar = new WorkingDayCalendar(loadHolidayTables(config.HOLIDAYS_FILE));
  }

  unit(code: string): OrgUnit | undefined {
    return this.units.find((u) => u.code === code);
  }
}
