// Vietnamese, the default language, one file per screen area under ./vi. `{name}` marks a parameter.
// The English catalogue must have the same shape (the compiler checks it); stage names come from
// @kc/domain's stageLabels, not from here.
import type { Shape } from './shape';
import { frameVi } from './vi/frame';
import { commonVi } from './vi/common';
import { accountVi } from './vi/account';
import { programmesVi } from './vi/programmes';
import { lookupVi } from './vi/lookup';
import { applicantVi } from './vi/applicant';
import { dossierVi } from './vi/dossier';
import { tasksVi } from './vi/tasks';
import { actionsVi } from './vi/actions';
import { leaderVi } from './vi/leader';
import { councilVi } from './vi/council';
import { ocopVi } from './vi/ocop';
import { operatorCommonVi } from './vi/operator-common';
import { operatorDashboardVi } from './vi/operator-dashboard';
import { operatorWorkflowsVi } from './vi/operator-workflows';
import { operatorBatchVi } from './vi/operator-batch';
import { operatorDlqVi } from './vi/operator-dlq';
import { operatorLagAuditVi } from './vi/operator-lag-audit';

export const vi = {
  ...frameVi,
  ...commonVi,
  ...accountVi,
  ...programmesVi,
  ...lookupVi,
  ...applicantVi,
  ...dossierVi,
  ...tasksVi,
  ...actionsVi,
  ...leaderVi,
  ...councilVi,
  ...ocopVi,
  ops: {
    ...operatorCommonVi,
    ...operatorDashboardVi,
    ...operatorWorkflowsVi,
    ...operatorBatchVi,
    ...operatorDlqVi,
    ...operatorLagAuditVi,
  },
};

export type Catalogue = Shape<typeof vi>;
