import type { AuthUser } from '@kc/auth';
import type { Role } from '@kc/domain';
import type { Language } from './account-fields';
import type { Profile } from './profile.schemas';

/** One row of `gateway.accounts` as the identity code reads it, and what each audience may see of it. */
export interface AccountRow {
  id: string;
  email: string;
  full_name: string;
  password_hash: string;
  roles: Role[];
  unit_code: string | null;
  phone: string | null;
  language: Language;
}

export const COLUMNS = `id, email, full_name, password_hash, roles, unit_code, phone, language`;

export function toAuthUser(row: AccountRow): AuthUser {
  return { id: row.id, email: row.email, name: row.full_name, roles: row.roles, unitCode: row.unit_code };
}

export function toProfile(row: AccountRow): Profile {
  return {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    roles: row.roles,
    unitCode: row.unit_code,
    phone: row.phone,
    language: row.language,
  };
}

export const toAnnounced = (row: Omit<AccountRow, 'password_hash'>) => ({
  id: row.id,
  email: row.email,
  fullName: row.full_name,
  roles: row.roles,
  unitCode: row.unit_code,
  phone: row.phone,
  language: row.language,
});
