import type { Provider } from '@nestjs/common';
import { NOTIFICATIONS_CONFIG } from '../notifications-config.token';
import type { NotificationsConfig } from '../config';
import type { ExternalChannel } from '../preferences/preferences.schemas';
import { CHANNEL_ADAPTERS, type ChannelAdapter } from './channel-adapter';
import { EmailChannel } from './email.channel';
import { SmsChannel } from './sms.channel';
import { ZaloChannel } from './zalo.channel';

export const channelAdaptersProvider: Provider = {
  provide: CHANNEL_ADAPTERS,
  inject: [NOTIFICATIONS_CONFIG],
  useFactory: (config: NotificationsConfig): ReadonlyMap<ExternalChannel, ChannelAdapter> =>
    new Map<ExternalChannel, ChannelAdapter>([
      ['email', new EmailChannel(config)],
      ['sms', new SmsChannel(config)],
      ['zalo', new ZaloChannel(config)],
    ]),
};
