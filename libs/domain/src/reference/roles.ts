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
