import { Injectable } from '@nestjs/common';
import { dongNaiUnitsFile, parseOrgUnits, vietnamHolidays, WorkingDayCalendar, type OrgUnit } from '@kc/domain';

/** Đồng Nai's units and the working-day calendar, loaded once per process. */
@Injectable()
export class ReferenceData {
  readonly units: readonly OrgUnit[] = parseOrgUnits(dongNaiUnitsFile);
  readonly calendar = new WorkingDayCalendar(vietnamHolidays);

  unit(code: string): OrgUnit | undefined {
    return this.units.find((u) => u.code === code);
  }
}
