// English, one file per screen area under ./en, each the same shape as its Vietnamese twin.
import type { Catalogue } from './vi';
import { commonEn } from './en/common';
import { accountEn } from './en/account';
import { publicEn } from './en/public';
import { applicantEn } from './en/applicant';
import { dossierFormEn } from './en/dossier-form';
import { officerEn } from './en/officer';
import { leaderEn } from './en/leader';
import { councilEn } from './en/council';
import { ocopEn } from './en/ocop';
import { operatorDashboardEn } from './en/operator-dashboard';
import { operatorWorkflowsEn } from './en/operator-workflows';
import { operatorQueuesEn } from './en/operator-queues';

export const en: Catalogue = {
  ...commonEn,
  ...accountEn,
  ...publicEn,
  ...applicantEn,
  ...dossierFormEn,
  ...officerEn,
  ...leaderEn,
  ...councilEn,
  ...ocopEn,
  ops: { ...operatorDashboardEn, ...operatorWorkflowsEn, ...operatorQueuesEn },
};
