import { Injectable } from '@nestjs/common';
import { dongNaiUnitsFile, isUnitValidOn, parseOrgUnits, type OrgUnit } from '@kc/domain';

const LOCAL_KINDS = ['DISTRICT', 'COMMUNE', 'WARD'];

/** Đồng Nai's local units, for checking where a subject or product comes from. */
@Injectable()
export class OcopUnits {
  private readonly units: OrgUnit[] = parseOrgUnits(dongNaiUnitsFile);

  /** A commune, ward or district that exists on the day. */
  localUnitOn(code: string, day: string): OrgUnit | undefined {
    return this.units.find((u) => u.code === code && LOCAL_KINDS.includes(u.kind) && isUnitValidOn(u, day));
  }

  name(code: string): string {
    return this.units.find((u) => u.code === code)?.name ?? code;
  }
}
