import type { z } from 'zod';
import { dossierEventFields } from './dossier-event-fields';
import { ocopEventFields } from './ocop-event-fields';
import { ruralEventFields } from './rural-event-fields';

/*
 * The fields each notified event must carry for its templates and recipients: loose objects, so a
 * producer adding fields never breaks us. Every notified event is in the EventCatalog, whose schema the
 * consumer checks first; these then pick what the templates and recipients use. OCOP's are picked from
 * the contracts themselves, so a renamed field fails the typecheck here, not the consumer at run time.
 */
export const EventFieldSchemas: Readonly<Record<string, z.ZodType<Record<string, unknown>>>> = {
  ...dossierEventFields,
  ...ocopEventFields,
  ...ruralEventFields,
};
