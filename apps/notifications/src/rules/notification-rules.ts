import { dossierRules } from './dossier-rules';
import { ocopRules } from './ocop-rules';
import type { NotificationRule } from './recipient-spec';
import { ruralRules } from './rural-rules';

/**
 * Which event tells whom, with which template: data, read by one dispatcher. Adding a notification is a
 * line here, a field schema in `event-fields.ts` and a template pair, never a new code branch.
 */
export const NotificationRules: Readonly<Record<string, readonly NotificationRule[]>> = {
  ...dossierRules,
  ...ocopRules,
  ...ruralRules,
};
