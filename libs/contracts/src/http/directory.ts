// The staff directory (GET /api/identity/directory): who can be seated on a council.
import type { Page } from './page';

/**
 * One staff member as the directory shows them: enough to seat a council (who, which role, which unit).
 * No e-mail or phone: seating needs only the account id, and notifications reach members by id.
 */
export interface DirectoryEntry {
  id: string;
  fullName: string;
  roles: string[];
  unitCode: string | null;
  unitName: string | null;
}

/** A page of the directory (GET /api/identity/directory), in name order. */
export type DirectoryPage = Page<DirectoryEntry>;
