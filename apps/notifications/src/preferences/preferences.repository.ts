import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_LANGUAGE, type Language } from '../templates/language';
import {
  DEFAULT_CHANNELS,
  type ExternalChannel,
  type Preferences,
  type PreferencesRequest,
} from './preferences.schemas';

@Injectable()
export class PreferencesRepository {
  /** The saved preferences, or the defaults (e-mail, the language the identity events carry). */
  async find(manager: EntityManager, accountId: string, fallbackLanguage?: Language): Promise<Preferences> {
    const rows: { channels: ExternalChannel[]; language: Language; phone: string | null }[] = await manager.query(
      `SELECT channels, language, phone FROM notifications.preferences WHERE account_id = $1`,
      [accountId],
    );
    if (rows[0]) return { ...rows[0], isDefault: false };
    return {
      channels: DEFAULT_CHANNELS,
      language: fallbackLanguage ?? DEFAULT_LANGUAGE,
      phone: null,
      isDefault: true,
    };
  }

  async save(manager: EntityManager, accountId: string, preferences: PreferencesRequest): Promise<void> {
    await manager.query(
      `INSERT INTO notifications.preferences (account_id, channels, language, phone) VALUES ($1, $2, $3, $4)
       ON CONFLICT (account_id) DO UPDATE SET channels = EXCLUDED.channels, language = EXCLUDED.language,
         phone = EXCLUDED.phone, updated_at = now()`,
      [accountId, preferences.channels, preferences.language, preferences.phone],
    );
  }
}
