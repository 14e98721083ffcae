import { Module } from '@nestjs/common';
import { AuthModule } from '@kc/auth';
import { PlatformModule } from '@kc/platform';
import { channelAdaptersProvider } from './channels/channel-adapters.provider';
import { config } from './config';
import { ContactBook } from './delivery/contact-book';
import { DeliveriesRepository } from './delivery/deliveries.repository';
import { DeliveryOutcomes } from './delivery/delivery-outcomes';
import { DeliveryPlanner } from './delivery/delivery-planner';
import { DeliveryAttempts } from './delivery/delivery-attempts';
import { DeliveryPoller } from './delivery/delivery-poller';
import { DigestController } from './digest/digest.controller';
import { DigestSchedule } from './digest/digest-schedule';
import { DigestService } from './digest/digest.service';
import { TasksRepository } from './digest/tasks.repository';
import { DomainEventsController } from './dispatch/domain-events.controller';
import { DlqWatch } from './dlq-watch/dlq-watch';
import { NotificationDispatcher } from './dispatch/notification-dispatcher';
import { Notifier } from './dispatch/notifier';
import { Projections } from './dispatch/projections';
import { InboxChanges } from './inbox/inbox-changes';
import { InboxController } from './inbox/inbox.controller';
import { InboxStream } from './inbox/inbox-stream';
import { InboxStreamController } from './inbox/inbox-stream.controller';
import { InboxRepository } from './inbox/inbox.repository';
import { StreamAuthGuard } from './inbox/stream-auth.guard';
import { StreamTickets } from './inbox/stream-tickets';
import { NOTIFICATIONS_CONFIG } from './notifications-config.token';
import { PreferencesController } from './preferences/preferences.controller';
import { PreferencesRepository } from './preferences/preferences.repository';
import { RecipientsRepository } from './recipients/recipients.repository';
import { WaitingEventsRepository } from './waiting/waiting-events.repository';
import { serviceDefinition } from './service.definition';
import { TemplateStore } from './templates/template-store';

@Module({
  imports: [PlatformModule.forService(serviceDefinition, config), AuthModule.forRoot(config)],
  controllers: [
    DomainEventsController,
    InboxController,
    InboxStreamController,
    PreferencesController,
    DigestController,
  ],
  providers: [
    { provide: NOTIFICATIONS_CONFIG, useValue: config },
    channelAdaptersProvider,
    TemplateStore,
    RecipientsRepository,
    WaitingEventsRepository,
    PreferencesRepository,
    TasksRepository,
    InboxRepository,
    DeliveriesRepository,
    ContactBook,
    DeliveryPlanner,
    DeliveryOutcomes,
    DeliveryAttempts,
    DeliveryPoller,
    NotificationDispatcher,
    Notifier,
    Projections,
    InboxChanges,
    InboxStream,
    StreamAuthGuard,
    StreamTickets,
    DigestService,
    DigestSchedule,
    DlqWatch,
  ],
})
export class AppModule {}
