import type { Recipient } from './recipient';

/** A row of notifications.recipients, as the identity events projected it. */
export interface RecipientRow {
  account_id: string;
  email: string;
  full_name: string;
  roles: string[];
  unit_code: string | null;
  phone: string | null;
  language: 'vi' | 'en';
}

/** The columns of `RecipientRow`, for SELECTs. */
export const RECIPIENT_COLUMNS = 'account_id, email, full_name, roles, unit_code, phone, language';

export function toRecipient(row: RecipientRow): Recipient {
  return {
    id: row.account_id,
    email: row.email,
    fullName: row.full_name,
    roles: row.roles,
    unitCode: row.unit_code,
    phone: row.phone,
    language: row.language,
  };
}
