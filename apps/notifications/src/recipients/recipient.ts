import type { Language } from '../templates/language';

/** A person as the notifications service knows them, from the gateway's identity events. */
export interface Recipient {
  id: string;
  email: string;
  fullName: string;
  roles: string[];
  unitCode: string | null;
  phone: string | null;
  language: Language;
}
