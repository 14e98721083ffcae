import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Contact } from '../channels/channel-adapter';
import { PreferencesRepository } from '../preferences/preferences.repository';
import { RecipientsRepository } from '../recipients/recipients.repository';
import type { Recipient } from '../recipients/recipient';
import type { Preferences } from '../preferences/preferences.schemas';

export interface ReachableRecipient {
  recipient: Recipient | undefined;
  preferences: Preferences;
  contact: Contact;
}

/** A person's addresses and preferences as they are now: identity projection, overridden by preferences. */
@Injectable()
export class ContactBook {
  constructor(
    private readonly recipients: RecipientsRepository,
    private readonly preferences: PreferencesRepository,
  ) {}

  async lookup(manager: EntityManager, accountId: string): Promise<ReachableRecipient> {
    const recipient = await this.recipients.find(manager, accountId);
    const preferences = await this.preferences.find(manager, accountId, recipient?.language);
    return {
      recipient,
      preferences,
      contact: { email: recipient?.email ?? null, phone: preferences.phone ?? recipient?.phone ?? null },
    };
  }
}
