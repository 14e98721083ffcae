import { randomUUID } from 'node:crypto';
import { isUnitValidOn, type OrgUnit } from '@kc/domain';
import {
  currentSuccessor,
  DONG_NAI_REGION,
  findTemplate,
  ruralPackForRegistration,
  ruralProcedureForRegistration,
} from '@kc/domain/rural-criteria';
import { httpError } from '@kc/platform';
import type { Registration } from './registration.schema';

/**
 * Checks a registration against the reference data and picks what it keeps for life: the criteria pack
 * and template in force on the registration day, and the procedure (with the district before 1/7/2025).
 * Throws a 400 with both languages when the registration cannot be appraised.
 */
export function resolveRegistration(units: readonly OrgUnit[], body: Registration, registeredOn: string) {
  const commune = units.find(
    (u) => u.code === body.communeCode && (u.kind === 'COMMUNE' || u.kind === 'WARD') && isUnitValidOn(u, registeredOn),
  );
  if (!commune)
    throw httpError(
      400,
      `Không có xã/phường ${body.communeCode} vào ngày ${registeredOn}.`,
      `No commune ${body.communeCode} on ${registeredOn}.`,
    );
  if ((body.level === 'MODEL_RESIDENTIAL_AREA') !== (body.areaName !== undefined))
    throw httpError(
      400,
      'Tên khu dân cư chỉ (và luôn) cần cho mức khu dân cư kiểu mẫu.',
      'areaName goes with MODEL_RESIDENTIAL_AREA, and only with it.',
    );
  let pack;
  try {
    pack = ruralPackForRegistration(registeredOn);
  } catch {
    throw httpError(
      400,
      `Chưa có bộ tiêu chí áp dụng vào ngày ${registeredOn}.`,
      `No criteria in force on ${registeredOn}.`,
    );
  }
  if (pack.keyedBy === 'GROUP' && body.level !== 'MODEL_RESIDENTIAL_AREA' && !body.communeGroup)
    throw httpError(
      400,
      'Giai đoạn 2026–2030 cần nhóm xã (1, 2 hoặc 3).',
      'The 2026–2030 criteria need the commune group (1, 2 or 3).',
    );
  const template = findTemplate(pack, { level: body.level, region: DONG_NAI_REGION, group: body.communeGroup });
  if (!template)
    throw httpError(
      400,
      `Bộ tiêu chí ${pack.period} không có mức này.`,
      `The ${pack.period} criteria have no ${body.level} level.`,
    );
  const procedure = ruralProcedureForRegistration(registeredOn);
  const parent = units.find((u) => u.code === commune.parentCode);
  const needsDistrict = procedure.stages.LOCAL_VERIFICATION.task !== null;
  if (needsDistrict && parent?.kind !== 'DISTRICT')
    throw httpError(
      400,
      'Xã đăng ký trước 01/7/2025 phải thuộc một huyện.',
      'A registration before 1/7/2025 needs the commune’s district.',
    );
  return {
    appraisalId: randomUUID(),
    communeCode: commune.code,
    communeName: commune.name,
    districtCode: needsDistrict ? parent!.code : null,
    communeSuccessorCode: successorCode(units, commune.code),
    level: body.level,
    packId: pack.id,
    templateId: template.id,
    procedureId: procedure.id,
  };
}

/** Today's commune for a former one (null when the commune still exists). */
export function successorCode(units: readonly OrgUnit[], code: string): string | null {
  const now = currentSuccessor(units, code)?.code;
  return now && now !== code ? now : null;
}
