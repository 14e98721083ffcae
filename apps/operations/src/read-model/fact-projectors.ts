import type { EventEnvelope } from '@kc/contracts';
import { envelopePayload, type DatedFact } from './case-facts';
import { dossierProjectors } from './dossier-projectors';
import type { FactContext, FactProjector } from './fact-projector';
import { ocopProjectors } from './ocop-projectors';
import { ruralProjectors } from './rural-projectors';

/**
 * The projector table: event type → the facts it adds to a case. Types not listed (identity, notification
 * receipts, task events, types this build does not know) add none; the inbox still records them once.
 */
export const factProjectors: Readonly<Record<string, FactProjector>> = {
  ...dossierProjectors,
  ...ocopProjectors,
  ...ruralProjectors,
};

/** The facts one event adds (none for a type the table does not list). */
export async function factsOf(envelope: EventEnvelope, ctx: FactContext): Promise<DatedFact[]> {
  const projector = factProjectors[envelope.type];
  return projector ? projector(envelopePayload(envelope), envelope, ctx) : [];
}
