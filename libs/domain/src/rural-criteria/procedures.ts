import { versionById, versionInForce } from '../versioning/in-force';
import type { RuralProcedure } from './procedure.types';
import type { RuralStage } from './rural-stages';
import { commune, district } from './procedure-rows';
import { departmentStages } from './department-stages';

/**
 * The appraisal of criteria 4 and 7 as a table (domain.md §3.5): the commune self-assesses, the district
 * verifies (only before 1/7/2025), the power company confirms, the Department inspects, appraises each
 * indicator and concludes in writing. Read a row as "at <stage>, <roles> of <unit> may <action>, which
 * leads to <to> and needs <needs>".
 */
const common = {
  start: 'SELF_ASSESSMENT',
  outcomes: { DAT: 'PASSED', KHONG_DAT: 'NOT_MET' },
  onDeadline: { SUPPLEMENT: 'EXPIRED' },
  escalation: { COMMUNE: 'LOCAL_LEADER', DISTRICT: 'LOCAL_LEADER', DEPARTMENT: 'DEPARTMENT_LEADER' },
  anyOpenStage: {
    CANCEL: { roles: ['DEPARTMENT_LEADER', 'OPERATOR'], unit: 'ANY', to: 'CANCELLED', needs: ['reason'] },
  },
  deadlines: {
    stageWorkingDays: {
      LOCAL_VERIFICATION: 10,
      POWER_CONFIRMATION: 7,
      SITE_INSPECTION: 10,
      DEPARTMENT_APPRAISAL: 10,
      CONCLUSION: 5,
      SUPPLEMENT: 10,
    },
    verification: {
      verified: false,
      check: 'Thời hạn thẩm định tiêu chí NTM (ngày làm việc): quyết định của UBND tỉnh Đồng Nai, chưa truy xuất',
    },
  },
} as const satisfies Partial<RuralProcedure>;

export const ruralProcedures: readonly RuralProcedure[] = [
  {
    id: 'ntm-with-district',
    effectiveFrom: '2022-03-08',
    legalBasis: 'QĐ 18/2022/QĐ-TTg; quy trình xét công nhận cấp xã – huyện – tỉnh',
    ...common,
    stages: {
      SELF_ASSESSMENT: {
        task: { role: 'LOCAL_OFFICER', unit: 'COMMUNE' },
        actions: { SUBMIT_SELF_ASSESSMENT: commune('LOCAL_VERIFICATION') },
      },
      // Thẩm tra by the district (cấp huyện), which existed until 30/6/2025.
      LOCAL_VERIFICATION: {
        task: { role: 'LOCAL_OFFICER', unit: 'DISTRICT' },
        actions: {
          VERIFY: district('POWER_CONFIRMATION', ['note']),
          RETURN: district('SELF_ASSESSMENT', ['reason']),
        },
      },
      ...departmentStages,
    },
  },
  {
    id: 'ntm-two-tier',
    effectiveFrom: '2025-07-01',
    legalBasis: 'Chính quyền địa phương hai cấp từ 01/7/2025: không còn bước thẩm tra cấp huyện',
    ...common,
    stages: {
      SELF_ASSESSMENT: {
        task: { role: 'LOCAL_OFFICER', unit: 'COMMUNE' },
        actions: { SUBMIT_SELF_ASSESSMENT: commune('POWER_CONFIRMATION') },
      },
      LOCAL_VERIFICATION: { task: null, actions: {} },
      ...departmentStages,
    },
  },
];

/** The procedure of a registration: the one in force on the day the commune registered. */
export function ruralProcedureForRegistration(registeredOn: string): RuralProcedure {
  return versionInForce(ruralProcedures, registeredOn, 'new-rural appraisal procedure');
}

export function ruralProcedureById(id: string): RuralProcedure {
  return versionById(ruralProcedures, id, 'new-rural appraisal procedure');
}

/** Stages after which nothing is awaited from anyone (the result stands until revoked or re-appraised). */
export function isOpenStage(procedure: RuralProcedure, stage: RuralStage): boolean {
  return procedure.stages[stage].task !== null;
}
