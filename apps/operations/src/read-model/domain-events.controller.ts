import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventCatalog, type EventEnvelope } from '@kc/contracts';
import type { InboxContext } from '@kc/messaging';
import { OperationsProjection } from './projection';

/**
 * Every known event type goes through the projection (which ignores what it has no table entry for);
 * types this build does not know are accepted by the consumer, recorded in the inbox and left alone.
 */
@Controller()
export class DomainEventsController {
  constructor(private readonly projection: OperationsProjection) {}

  @EventPattern(Object.keys(EventCatalog))
  async onEvent(@Payload() event: EventEnvelope, @Ctx() ctx: InboxContext): Promise<void> {
    await this.projection.apply(event, ctx.manager);
  }
}
