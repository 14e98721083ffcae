import { versionById, versionInForce } from '../versioning/in-force';
import type { RuralProcedure, RuralStage, StageSpec, Transition } from './procedure.types';

/**
 * The appraisal of criteria 4 and 7 as a table (domain.md §3.5): the commune self-assesses, the district
 * verifies (only before 1/7/2025), the power company confirms, the Department inspects, appraises each
 * indicator and concludes in writing. Read a row as "at <stage>, <roles> of <unit> may <action>, which
 * leads to <to> and needs <needs>".
 */
const commune = (to: Transition['to'], needs: Transition['needs'] = []): Transition => ({
  roles: ['LOCAL_OFFICER'],
  unit: 'COMMUNE',
  to,
  needs,
});
const district = (to: Transition['to'], needs: Transition['needs']): Transition => ({
  roles: ['LOCAL_OFFICER'],
  unit: 'DISTRICT',
  to,
  needs,
});
const appraiser = (to: Transition['to'], needs: Transition['needs'] = []): Transition => ({
  roles: ['DEPARTMENT_APPRAISER'],
  unit: 'DEPARTMENT',
  to,
  needs,
});
const leader = (to: Transition['to'], needs: Transition['needs']): Transition => ({
  roles: ['DEPARTMENT_LEADER'],
  unit: 'DEPARTMENT',
  to,
  needs,
});

const supplement = appraiser('SUPPLEMENT', ['items']);
const reappraise = appraiser('SELF_ASSESSMENT', ['reason']);
const appraiserTask = { role: 'DEPARTMENT_APPRAISER', unit: 'DEPARTMENT' } as const;

/** Stages from the power company's confirmation on; the same in both topologies. */
const departmentStages: Omit<Record<RuralStage, StageSpec>, 'SELF_ASSESSMENT' | 'LOCAL_VERIFICATION'> = {
  POWER_CONFIRMATION: {
    task: appraiserTask,
    actions: {
      RECORD_POWER_CONFIRMATION: appraiser('SITE_INSPECTION', ['documentRef']),
      REQUEST_SUPPLEMENT: supplement,
    },
  },
  SITE_INSPECTION: {
    task: appraiserTask,
    actions: {
      RECORD_INSPECTION: appraiser('DEPARTMENT_APPRAISAL', ['minutes', 'documentRef']),
      REQUEST_SUPPLEMENT: supplement,
    },
  },
  DEPARTMENT_APPRAISAL: {
    task: appraiserTask,
    actions: {
      CONFIRM_INDICATOR: appraiser(null),
      // The system proposes; the appraiser may decide otherwise, never without saying why.
      OVERRIDE_INDICATOR: appraiser(null, ['reason']),
      PROPOSE_CONCLUSION: appraiser('CONCLUSION', ['note']),
      REQUEST_SUPPLEMENT: supplement,
    },
  },
  CONCLUSION: {
    task: { role: 'DEPARTMENT_LEADER', unit: 'DEPARTMENT' },
    actions: {
      SIGN_CONCLUSION: leader('BY_OUTCOME', ['conclusionNumber']),
      RETURN: leader('DEPARTMENT_APPRAISAL', ['reason']),
    },
  },
  SUPPLEMENT: { task: { role: 'LOCAL_OFFICER', unit: 'COMMUNE' }, actions: { SUBMIT_SUPPLEMENT: commune('RETURN') } },
  PASSED: {
    task: null,
    actions: { REVOKE: leader('REVOKED', ['reason', 'indicatorCodes']), REAPPRAISE: reappraise },
  },
  NOT_MET: { task: null, actions: { REAPPRAISE: reappraise } },
  REVOKED: { task: null, actions: { REAPPRAISE: reappraise } },
  EXPIRED: { task: null, actions: { REAPPRAISE: reappraise } },
  CANCELLED: { task: null, actions: {} },
};

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
