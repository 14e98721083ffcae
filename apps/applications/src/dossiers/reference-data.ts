import { Inject, Injectable } from '@nestjs/common';
import { dongNaiUnitsFile, parseOrgUnits, WorkingDayCalendar, type OrgUnit } from '@kc/domain';
import { loadHolidayTables } from '@kc/platform';
import { APPLICATIONS_CONFIG } from '../applications-config.token';
import type { ApplicationsConfig } from '../config';

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
