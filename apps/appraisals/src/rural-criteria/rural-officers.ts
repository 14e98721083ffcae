/** Who may read the new-rural appraisals at all; each route narrows it where it must. */
export const RURAL_OFFICERS = [
  'LOCAL_OFFICER',
  'LOCAL_LEADER',
  'DEPARTMENT_APPRAISER',
  'DEPARTMENT_LEADER',
  'OPERATOR',
  'ADMIN',
] as const;
