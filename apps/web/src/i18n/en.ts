// English, one file per screen area under ./en, each the same shape as its Vietnamese twin.
import type { Catalogue } from './vi';
import { frameEn } from './en/frame';
import { commonEn } from './en/common';
import { accountEn } from './en/account';
import { programmesEn } from './en/programmes';
import { lookupEn } from './en/lookup';
import { applicantEn } from './en/applicant';
import { dossierEn } from './en/dossier';
import { tasksEn } from './en/tasks';
import { actionsEn } from './en/actions';
import { leaderEn } from './en/leader';
import { councilEn } from './en/council';
import { ocopEn } from './en/ocop';
import { operatorCommonEn } from './en/operator-common';
import { operatorDashboardEn } from './en/operator-dashboard';
import { operatorWorkflowsEn } from './en/operator-workflows';
import { operatorBatchEn } from './en/operator-batch';
import { operatorDlqEn } from './en/operator-dlq';
import { operatorLagAuditEn } from './en/operator-lag-audit';

export const en: Catalogue = {
  ...frameEn,
  ...commonEn,
  ...accountEn,
  ...programmesEn,
  ...lookupEn,
  ...applicantEn,
  ...dossierEn,
  ...tasksEn,
  ...actionsEn,
  ...leaderEn,
  ...councilEn,
  ...ocopEn,
  ops: {
    ...operatorCommonEn,
    ...operatorDashboardEn,
    ...operatorWorkflowsEn,
    ...operatorBatchEn,
    ...operatorDlqEn,
    ...operatorLagAuditEn,
  },
};
