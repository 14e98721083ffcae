import { Module } from '@nestjs/common';
import { AuthModule } from '@kc/auth';
import { PlatformModule, StaffDirectoryModule } from '@kc/platform';
import { workerRunnerProvider } from '@kc/temporal';
import { CommuneReportsController } from './commune/commune-reports.controller';
import { OcopEvaluationActivitiesService } from './activities/ocop-evaluation.activities';
import { config } from './config';
import { CouncilTasksRepository } from './council/council-tasks.repository';
import { CouncilController } from './council/council.controller';
import { EvaluationsController } from './evaluation/evaluations.controller';
import { EvaluationsRepository } from './evaluation/evaluations.repository';
import { RoundActionsController } from './evaluation/round-actions.controller';
import { RoundWorkflows } from './evaluation/round-workflows';
import { StartEvaluationService } from './evaluation/start-evaluation.service';
import { ProductsRepository } from './registration/products.repository';
import { RegistrationController } from './registration/registration.controller';
import { RegistrationService } from './registration/registration.service';
import { PublicCertificatesController } from './results/public-certificates.controller';
import { RankingsController } from './results/rankings.controller';
import { RankingsRepository } from './results/rankings.repository';
import { ResultsController } from './results/results.controller';
import { serviceDefinition } from './service.definition';
import { OCOP_CONFIG } from './shared/ocop-config.token';
import { OcopUnits } from './shared/ocop-units';

/** OCOP: registration, evaluation rounds and councils, results, certificates, rankings; hosts the `ocop` worker. */
@Module({
  imports: [
    PlatformModule.forService(serviceDefinition, config),
    AuthModule.forRoot(config),
    StaffDirectoryModule.forSchema(serviceDefinition.schema),
  ],
  controllers: [
    RegistrationController,
    EvaluationsController,
    RoundActionsController,
    CouncilController,
    ResultsController,
    PublicCertificatesController,
    RankingsController,
    CommuneReportsController,
  ],
  providers: [
    { provide: OCOP_CONFIG, useValue: config },
    OcopUnits,
    RegistrationService,
    ProductsRepository,
    EvaluationsRepository,
    RoundWorkflows,
    StartEvaluationService,
    CouncilTasksRepository,
    RankingsRepository,
    OcopEvaluationActivitiesService,
    workerRunnerProvider(
      { ...config, service: serviceDefinition.service, taskQueue: config.OCOP_TASK_QUEUE, workflows: 'ocop' },
      {
        inject: [OcopEvaluationActivitiesService],
        build: (a: OcopEvaluationActivitiesService) => ({
          recordOcopStep: a.recordOcopStep.bind(a),
          issueOcopCertificate: a.issueOcopCertificate.bind(a),
        }),
      },
    ),
  ],
})
export class AppModule {}
