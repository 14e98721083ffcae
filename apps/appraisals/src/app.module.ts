import { Module } from '@nestjs/common';
import { AuthModule } from '@kc/auth';
import { PlatformModule, StaffDirectoryModule } from '@kc/platform';
import { workerRunnerProvider } from '@kc/temporal';
import { APPRAISALS_CONFIG } from './appraisals-config.token';
import { ApprovalActionsController } from './approval/approval-actions.controller';
import { SignalWorkflowOnApplicantEvents } from './approval/signal-workflow-on-applicant-events.controller';
import { StartWorkflowOnApplicationSubmitted } from './approval/start-workflow-on-application-submitted.controller';
import { BudgetLedger } from './budgets/budget-ledger';
import { BudgetsController } from './budgets/budgets.controller';
import { WorkflowActions } from './approval/workflow-actions.service';
import { TaskActionsController } from './inbox/task-actions.controller';
import { TasksController } from './inbox/tasks.controller';
import { TasksRepository } from './inbox/tasks.repository';
import { TimelineRepository } from './approval/timeline.repository';
import { SupportRequestActivitiesService } from './approval/support-request.activities';
import { BudgetReservationActivity } from './approval/budget-reservation.activity';
import { config } from './config';
import { CouncilSeating } from './council/council-seating.service';
import { CouncilSeatingController } from './council/council-seating.controller';
import {
  ruralCriteriaActivities,
  ruralCriteriaControllers,
  ruralCriteriaProviders,
} from './rural-criteria/rural-criteria.wiring';
import { serviceDefinition } from './service.definition';

/** Appraisals: starts approval workflows from submitted dossiers, hosts their worker and the officers' API. */
@Module({
  imports: [
    PlatformModule.forService(serviceDefinition, config),
    AuthModule.forRoot(config),
    StaffDirectoryModule.forSchema(serviceDefinition.schema),
  ],
  controllers: [
    StartWorkflowOnApplicationSubmitted,
    SignalWorkflowOnApplicantEvents,
    ApprovalActionsController,
    CouncilSeatingController,
    TasksController,
    TaskActionsController,
    BudgetsController,
    ...ruralCriteriaControllers,
  ],
  providers: [
    { provide: APPRAISALS_CONFIG, useValue: config },
    BudgetLedger,
    WorkflowActions,
    CouncilSeating,
    TasksRepository,
    TimelineRepository,
    SupportRequestActivitiesService,
    BudgetReservationActivity,
    ...ruralCriteriaProviders,
    workerRunnerProvider(
      { ...config, service: serviceDefinition.service, taskQueue: config.APPROVALS_TASK_QUEUE, workflows: 'approvals' },
      {
        inject: [SupportRequestActivitiesService, BudgetReservationActivity, ...ruralCriteriaActivities.inject],
        build: (
          a: SupportRequestActivitiesService,
          budget: BudgetReservationActivity,
          rural: Parameters<typeof ruralCriteriaActivities.build>[0],
        ) => ({
          publishStageEvents: a.publishStageEvents.bind(a),
          reserveBudget: budget.reserveBudget.bind(budget),
          ...ruralCriteriaActivities.build(rural),
        }),
      },
    ),
  ],
})
export class AppModule {}
