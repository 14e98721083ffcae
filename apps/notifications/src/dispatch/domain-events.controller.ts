import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EventEnvelope } from '@kc/contracts';
import type { InboxContext } from '@kc/messaging';
import { NotificationRules } from '../rules/notification-rules';
import { NotificationDispatcher } from './notification-dispatcher';
import { PROJECTED_TYPES, Projections } from './projections';

/** Every event type this service reacts to: the projections' and the notification rules'. */
const HANDLED_TYPES = [...new Set([...PROJECTED_TYPES, ...Object.keys(NotificationRules)])];

/**
 * One handler for all events: project first (the rules may need it, e.g. the receipt's applicant), then
 * notify, then notify the events that waited for whoever this one made known.
 */
@Controller()
export class DomainEventsController {
  constructor(
    private readonly projections: Projections,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  @EventPattern(HANDLED_TYPES)
  async onEvent(@Payload() event: EventEnvelope, @Ctx() ctx: InboxContext): Promise<void> {
    await this.projections.apply(event, ctx.manager);
    await this.dispatcher.dispatch(event, ctx.manager);
    await this.dispatcher.releaseWaiting(event, ctx.manager);
  }
}
