// What the operations API (apps/operations, through the gateway at /api/operations) answers and accepts,
// as the web app reads it and as the service builds it: one definition for both. Dates are ISO strings on the
// wire; a type whose rows the service reads from Postgres takes the instant's type as a parameter (`At`): the
// service fills `SlaRow<Date>` and JSON turns each Date into the ISO string of `SlaRow` (the default).
// One file per part of the API; this module is the one place they are exported from.
export type * from './operations/indicators';
export type * from './operations/cases';
export type * from './operations/rural-appraisals';
export type * from './operations/workflows';
export type * from './operations/interventions';
export type * from './operations/batch-report';
export type * from './operations/dlq-messages';
export type * from './operations/dlq-actions';
export type * from './operations/messaging';
export type * from './operations/audit';
