import { RuralAppraisalsRepository } from './rural-appraisals.repository';
import { RuralRecognitionsRepository } from './rural-recognitions.repository';
import { RuralSelfAssessmentsRepository } from './rural-self-assessments.repository';
import { RuralTasksRepository } from './rural-tasks.repository';
import { RuralTimelineRepository } from './rural-timeline.repository';
import { RuralCriteriaActivitiesService } from './rural-criteria.activities';
import { RuralCriteriaController } from './rural-criteria.controller';
import { RuralCriteriaService } from './rural-criteria.service';

/** What the appraisals app adds for new-rural criteria: spread into AppModule (one line each). */
export const ruralCriteriaControllers = [RuralCriteriaController];
export const ruralCriteriaProviders = [
  RuralAppraisalsRepository,
  RuralTasksRepository,
  RuralTimelineRepository,
  RuralSelfAssessmentsRepository,
  RuralRecognitionsRepository,
  RuralCriteriaService,
  RuralCriteriaActivitiesService,
];

/** The rural workflow's activities, hosted by the `approvals` worker next to the approval's. */
export const ruralCriteriaActivities = {
  inject: [RuralCriteriaActivitiesService],
  build: (a: RuralCriteriaActivitiesService) => ({ recordRuralStep: a.recordRuralStep.bind(a) }),
};
