import { Subscriptions } from '@kc/contracts';
import { bootstrapService } from '@kc/platform';
import { AppModule } from './app.module';
import { config } from './config';
import { serviceDefinition } from './service.definition';

/** Starts the appraisals service; tests pass their own consumer group. */
export function bootstrapAppraisals(consumerGroup: string = 'appraisals') {
  return bootstrapService(AppModule, {
    definition: serviceDefinition,
    config,
    consumerGroup,
    subscriptions: Subscriptions.appraisals,
    title: 'Khuyến công: thẩm định và phê duyệt (appraisals)',
  });
}
