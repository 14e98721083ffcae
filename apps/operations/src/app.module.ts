import { Module } from '@nestjs/common';
import { AuthModule } from '@kc/auth';
import { WorkingDayCalendar } from '@kc/domain';
import { loadHolidayTables, PlatformModule } from '@kc/platform';
import { AuditController } from './audit/audit.controller';
import { config } from './config';
import { DlqActions } from './dlq/dlq-actions';
import { DlqController } from './dlq/dlq.controller';
import { DlqIndexer } from './dlq/dlq-indexer';
import { DlqRepository } from './dlq/dlq.repository';
import { KafkaController } from './kafka/kafka.controller';
import { BatchJobs } from './interventions/batch-jobs';
import { InterventionsController } from './interventions/interventions.controller';
import { WorkflowIntervention } from './interventions/workflow-intervention';
import { OPS_RUNTIME } from './ops-runtime';
import { OPS_CONFIG } from './workflows/explorer-config';
import { StuckWorkflows } from './workflows/stuck-workflows';
import { WorkflowExplorer } from './workflows/workflow-explorer';
import { WorkflowsController } from './workflows/workflows.controller';
import { CasesController } from './indicators/cases.controller';
import { IndicatorsController } from './indicators/indicators.controller';
import { PublicIndicatorsController } from './indicators/public.controller';
import { OPERATIONS_SCHEMA } from './operations-schema';
import { DomainEventsController } from './read-model/domain-events.controller';
import { OperationsProjection } from './read-model/projection';
import { RuralController } from './rural/rural.controller';
import { serviceDefinition } from './service.definition';

@Module({
  imports: [PlatformModule.forService(serviceDefinition, config), AuthModule.forRoot(config)],
  controllers: [
    DomainEventsController,
    IndicatorsController,
    CasesController,
    PublicIndicatorsController,
    AuditController,
    DlqController,
    KafkaController,
    WorkflowsController,
    InterventionsController,
    RuralController,
  ],
  providers: [
    {
      provide: OPS_RUNTIME,
      useValue: { topicPrefix: config.KAFKA_TOPIC_PREFIX, consumerGroup: config.OPERATIONS_CONSUMER_GROUP },
    },
    { provide: OPS_CONFIG, useValue: config },
    WorkflowExplorer,
    StuckWorkflows,
    WorkflowIntervention,
    BatchJobs,
    DlqRepository,
    DlqActions,
    DlqIndexer,
    { provide: WorkingDayCalendar, useFactory: () => new WorkingDayCalendar(loadHolidayTables(config.HOLIDAYS_FILE)) },
    {
      provide: OperationsProjection,
      inject: [WorkingDayCalendar],
      useFactory: (calendar: WorkingDayCalendar) => new OperationsProjection(OPERATIONS_SCHEMA, calendar),
    },
  ],
})
export class AppModule {}
