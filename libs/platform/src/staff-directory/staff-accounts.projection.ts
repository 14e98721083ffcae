import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EventTypes, type AccountRegisteredV1, type AccountUpdatedV1, type EventEnvelope } from '@kc/contracts';
import type { InboxContext } from '@kc/messaging';
import { StaffAccountsRepository } from './staff-accounts.repository';

/** Identity events → the staff copy, in the inbox transaction (a redelivered event writes the same row). */
@Controller()
export class StaffAccountsProjection {
  constructor(private readonly staff: StaffAccountsRepository) {}

  @EventPattern(EventTypes.AccountRegistered)
  async registered(@Payload() event: EventEnvelope<AccountRegisteredV1>, @Ctx() ctx: InboxContext): Promise<void> {
    await this.staff.upsert(ctx.manager, event.payload);
  }

  @EventPattern(EventTypes.AccountUpdated)
  async updated(@Payload() event: EventEnvelope<AccountUpdatedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    // A role taken away in the gateway is taken away here too.
    await this.staff.upsert(ctx.manager, event.payload);
  }
}
