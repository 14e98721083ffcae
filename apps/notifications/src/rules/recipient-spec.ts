/** Who a rule addresses, resolved against the service's own projections. */
export type RecipientSpec =
  /** The applicant of the dossier `applicationId` (projected from ApplicationSubmitted). */
  | { kind: 'applicant' }
  /** Everyone with the role in the unit, or the one assignee, named by an addressee field of the payload. */
  | { kind: 'addressee'; field: 'addressee' | 'escalatedTo' }
  /** The account holding an OCOP product or certificate (the payload's `holderId`); none when it is null. */
  | { kind: 'holder' }
  /** Everyone holding a role in a unit that the payload names (a commune's officers); none when it names none. */
  | {
      kind: 'unitRole';
      unit: (fields: Record<string, unknown>) => unknown;
      role: string | ((fields: Record<string, unknown>) => unknown);
    };

export interface NotificationRule {
  recipients: RecipientSpec;
  /** Template key: `templates/files/<template>.<language>.tpl`. */
  template: string;
  /** When set, the rule applies only to the events whose (validated) fields it accepts. */
  when?: (fields: Record<string, unknown>) => boolean;
}
