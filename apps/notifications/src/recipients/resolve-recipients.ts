import type { EntityManager } from 'typeorm';
import { HOLDER_FIELD } from '../rules/event-fields';
import type { RecipientSpec } from '../rules/recipient-spec';
import type { RecipientsRepository } from './recipients.repository';

type Addressee = { unitCode: string; role: string; assigneeId: string | null };

/** The account ids a rule addresses for one event's (validated) fields. */
export async function resolveRecipients(
  spec: RecipientSpec,
  fields: Record<string, unknown>,
  repo: RecipientsRepository,
  manager: EntityManager,
): Promise<string[]> {
  switch (spec.kind) {
    case 'applicant': {
      const applicationId = String(fields.applicationId);
      const applicantId = await repo.applicantOf(manager, applicationId);
      // The applicants topic and this one are read independently: a decision can overtake the submission.
      // Failing sends the event to the retry topic, by when ApplicationSubmitted has been projected.
      if (!applicantId) throw new Error(`applicant of dossier ${applicationId} not known yet`);
      return [applicantId];
    }
    case 'addressee':
      return repo.idsOfAddressee(manager, fields[spec.field] as Addressee);
    case 'holder': {
      // Null when the subject was registered on paper: nobody to tell, and nothing to retry.
      const holderId = fields[HOLDER_FIELD];
      return typeof holderId === 'string' ? [holderId] : [];
    }
  }
}
