// Vietnamese, the default language, one file per screen area under ./vi. `{name}` marks a parameter.
// The English catalogue must have the same shape (the compiler checks it); stage names come from
// @kc/domain's stageLabels, not from here.
import type { Shape } from './shape';
import { commonVi } from './vi/common';
import { accountVi } from './vi/account';
import { publicVi } from './vi/public';
import { applicantVi } from './vi/applicant';
import { dossierFormVi } from './vi/dossier-form';
import { officerVi } from './vi/officer';
import { leaderVi } from './vi/leader';
import { councilVi } from './vi/council';
import { ocopVi } from './vi/ocop';
import { operatorDashboardVi } from './vi/operator-dashboard';
import { operatorWorkflowsVi } from './vi/operator-workflows';
import { operatorQueuesVi } from './vi/operator-queues';

export const vi = {
  ...commonVi,
  ...accountVi,
  ...publicVi,
  ...applicantVi,
  ...dossierFormVi,
  ...officerVi,
  ...leaderVi,
  ...councilVi,
  ...ocopVi,
  ops: { ...operatorDashboardVi, ...operatorWorkflowsVi, ...operatorQueuesVi },
};

export type Catalogue = Shape<typeof vi>;
