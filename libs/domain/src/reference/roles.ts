/** Roles a person can hold (issue: applicants, local officers, appraisers, council, leaders, operators, admins). */
export const Roles = [
  'APPLICANT',
  'LOCAL_OFFICER',
  'DEPARTMENT_APPRAISER',
  'COUNCIL_MEMBER',
  'DEPARTMENT_LEADER',
  /** Head of a local unit (commune/district): receives escalations of overdue local tasks. */
  'LOCAL_LEADER',
  'OPERATOR',
  'ADMIN',
] as const;
export type Role = (typeof Roles)[number];

/** The roles that work on dossiers as officials (every role but applicant and administrator): who has an inbox. */
export const OFFICER_ROLES = [
  'LOCAL_OFFICER',
  'LOCAL_LEADER',
  'DEPARTMENT_APPRAISER',
  'COUNCIL_MEMBER',
  'DEPARTMENT_LEADER',
  'OPERATOR',
] as const satisfies readonly Role[];
