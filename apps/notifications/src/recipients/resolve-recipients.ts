import type { EntityManager } from 'typeorm';
import { HOLDER_FIELD } from '../rules/holder-field';
import type { RecipientSpec } from '../rules/recipient-spec';
import { waitKey } from '../waiting/waiting-events.repository';
import type { RecipientsRepository } from './recipients.repository';

type Addressee = { unitCode: string; role: string; assigneeId: string | null };

/** Whom a rule addresses: account ids, or what must become known first (a key of `waitKey`). */
export type Resolution = { ids: string[] } | { waitFor: string };

/** One account, once this service knows it; until then the event waits for its announcement. */
async function knownAccount(repo: RecipientsRepository, manager: EntityManager, id: string): Promise<Resolution> {
  return (await repo.find(manager, id)) ? { ids: [id] } : { waitFor: waitKey.account(id) };
}

/** The account ids a rule addresses for one event's (validated) fields. */
export async function resolveRecipients(
  spec: RecipientSpec,
  fields: Record<string, unknown>,
  repo: RecipientsRepository,
  manager: EntityManager,
): Promise<Resolution> {
  switch (spec.kind) {
    case 'applicant': {
      const applicationId = String(fields.applicationId);
      const applicantId = await repo.applicantOf(manager, applicationId);
      // The applicants topic and this one are read independently: a decision can overtake the submission,
      // and a dossier may predate this service. Its event waits for ApplicationSubmitted to be projected.
      return applicantId ? { ids: [applicantId] } : { waitFor: waitKey.applicant(applicationId) };
    }
    case 'addressee': {
      const addressee = fields[spec.field] as Addressee;
      if (addressee.assigneeId) return knownAccount(repo, manager, addressee.assigneeId);
      return { ids: await repo.idsOfAddressee(manager, addressee) };
    }
    case 'unitRole': {
      const unitCode = spec.unit(fields);
      const role = typeof spec.role === 'string' ? spec.role : spec.role(fields);
      if (typeof unitCode !== 'string' || typeof role !== 'string') return { ids: [] };
      return { ids: await repo.idsOfAddressee(manager, { unitCode, role, assigneeId: null }) };
    }
    case 'holder': {
      // Null when the subject was registered on paper: nobody to tell, and nothing to wait for.
      const holderId = fields[HOLDER_FIELD];
      return typeof holderId === 'string' ? knownAccount(repo, manager, holderId) : { ids: [] };
    }
  }
}
