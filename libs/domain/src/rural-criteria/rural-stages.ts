/** The stages of a new-rural criteria appraisal: the procedure's steps, then the ones it ends in. */
export const ruralStages = [
  'SELF_ASSESSMENT',
  'LOCAL_VERIFICATION',
  'POWER_CONFIRMATION',
  'SITE_INSPECTION',
  'DEPARTMENT_APPRAISAL',
  'CONCLUSION',
  'SUPPLEMENT',
  'PASSED',
  'NOT_MET',
  'REVOKED',
  'EXPIRED',
  'CANCELLED',
] as const;
export type RuralStage = (typeof ruralStages)[number];
