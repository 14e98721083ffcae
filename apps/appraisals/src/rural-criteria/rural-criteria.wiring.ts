import { RuralAppraisalsRepository } from './rural-appraisals.repository';
import { RuralRecognitionsRepository } from './rural-recognitions.repository';
import { RuralSelfAssessmentsRepository } from './rural-self-assessments.repository';
import { RuralTasksRepository } from './rural-tasks.repository';
import { RuralTimelineRepository } from './rural-timeline.repository';
import { RuralCriteriaActivitiesService } from './rural-criteria.activities';
import { RuralAppraisalActionsController } from './rural-appraisal-actions.controller';
import { RuralAppraisalsController } from './rural-appraisals.controller';
import { RuralReportsController } from './rural-reports.controller';
import { RuralCriteriaService } from './rural-criteria.service';
import { RuralWorkflowActions } from './rural-workflow-actions.service';

/** What the appraisals app adds for new-rural criteria: spread into AppModule (one line each). */
export const ruralCriteriaControllers = [
  RuralAppraisalsController,
  RuralAppraisalActionsController,
  RuralReportsController,
];
export const ruralCriteriaProviders = [
  RuralAppraisalsRepository,
  RuralTasksRepository,
  RuralTimelineRepository,
  RuralSelfAssessmentsRepository,
  RuralRecognitionsRepository,
  RuralCriteriaService,
  RuralWorkflowActions,
  RuralCriteriaActivitiesService,
];

/** The rural workflow's activities, hosted by the `approvals` worker next to the approval's. */
export const ruralCriteriaActivities = {
  inject: [RuralCriteriaActivitiesService],
  build: (a: RuralCriteriaActivitiesService) => ({ recordRuralStep: a.recordRuralStep.bind(a) }),
};
