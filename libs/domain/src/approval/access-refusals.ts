import type { Stage } from '@kc/contracts';
import { domainRefusal as r } from '../refusals/domain-refusal';
import { stageLabels } from './stage-labels';

/** Who may act where: the procedure table's stage, role and unit. */
export const accessRefusals = {
  noSuchAction: (stage: Stage, action: string) =>
    r(
      'ACTION_NOT_AT_STAGE',
      `Bước ${stageLabels[stage]?.vi ?? stage} không có thao tác này.`,
      `${action} is not possible at ${stage}.`,
    ),
  awaitingSupplement: r(
    'AWAITING_SUPPLEMENT',
    'Hồ sơ đang chờ người nộp bổ sung.',
    'The dossier is waiting for the applicant’s supplement.',
  ),
  wrongRole: (action: string, roles: readonly string[]) =>
    r(
      'ROLE_NOT_ALLOWED',
      'Bạn không có vai trò thực hiện thao tác này.',
      `${action} needs the role ${roles.join(' or ')}.`,
    ),
  operatorOnly: (action: string) =>
    r('ROLE_NOT_ALLOWED', 'Chỉ cán bộ vận hành được thực hiện thao tác này.', `${action} needs the role OPERATOR.`),
  otherUnit: (unitCode: string) =>
    r('UNIT_NOT_ALLOWED', 'Hồ sơ thuộc đơn vị khác.', `The dossier belongs to unit ${unitCode}.`),
} as const;
