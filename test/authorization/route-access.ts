import { OFFICER_ROLES, type Role } from '@kc/domain';

/** Who may call a route through the gateway: anyone, any signed-in account, or the listed roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

const OFFICERS: readonly Role[] = OFFICER_ROLES;
const DEPARTMENT_READERS: readonly Role[] = ['DEPARTMENT_APPRAISER', 'DEPARTMENT_LEADER', 'OPERATOR', 'ADMIN'];
/** Who reads the operations indicators: operators, the Department's leader, and local leaders for their unit. */
const INDICATOR_READERS: readonly Role[] = ['OPERATOR', 'ADMIN', 'DEPARTMENT_LEADER', 'LOCAL_LEADER'];
const OPERATORS: readonly Role[] = ['OPERATOR', 'ADMIN'];
/** Who works on new-rural appraisals: the communes (and their leaders) and the Department. */
const RURAL_OFFICERS: readonly Role[] = ['LOCAL_OFFICER', 'LOCAL_LEADER', ...DEPARTMENT_READERS];

/**
 * Every route the gateway answers, with who may call it. The authorization matrix test crosses it with
 * every role and anonymous; a route the apps serve that is missing here fails that test, so a new route
 * is added here, deliberately, with its access.
 */
export const routeAccess: Readonly<Record<string, Access>> = {
  // gateway
  'GET /.well-known/jwks.json': 'public',
  'POST /api/auth/register': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/me': 'signed-in',
  // A refresh token is its own credential: the access token may have lapsed already.
  'POST /api/identity/refresh': 'public',
  'POST /api/identity/logout': 'public',
  'GET /api/identity/profile': 'signed-in',
  'PATCH /api/identity/profile': 'signed-in',
  'POST /api/identity/password': 'signed-in',
  'GET /api/identity/directory': ['ADMIN', 'DEPARTMENT_APPRAISER'],

  // applications
  'GET /api/applications/programs': 'public',
  'POST /api/applications/programs/:code/estimate': 'public',
  'GET /api/applications/units': 'public',
  'GET /api/applications/public/dossiers/:code': 'public',
  'POST /api/applications/applications': ['APPLICANT'],
  'GET /api/applications/applications': ['APPLICANT'],
  'GET /api/applications/applications/:id': ['APPLICANT'],
  'PATCH /api/applications/applications/:id': ['APPLICANT'],
  'DELETE /api/applications/applications/:id': ['APPLICANT'],
  'POST /api/applications/applications/:id/documents': ['APPLICANT'],
  'GET /api/applications/applications/:id/documents/:documentId': ['APPLICANT'],
  'DELETE /api/applications/applications/:id/documents/:documentId': ['APPLICANT'],
  'POST /api/applications/applications/:id/submit': ['APPLICANT'],
  'GET /api/applications/applications/:id/receipt': ['APPLICANT'],
  'GET /api/applications/applications/:id/receipt.pdf': ['APPLICANT'],
  'POST /api/applications/applications/:id/supplements/:requestId': ['APPLICANT'],
  'POST /api/applications/applications/:id/withdraw': ['APPLICANT'],
  'GET /api/applications/officer/dossiers/:id': [...OFFICERS, 'ADMIN'],
  'GET /api/applications/officer/dossiers/:id/documents/:documentId': [...OFFICERS, 'ADMIN'],

  // appraisals
  'GET /api/appraisals/approvals/:applicationId': [
    'LOCAL_OFFICER',
    'DEPARTMENT_APPRAISER',
    'COUNCIL_MEMBER',
    'DEPARTMENT_LEADER',
    'OPERATOR',
  ],
  'POST /api/appraisals/approvals/:applicationId/actions': [
    'LOCAL_OFFICER',
    'DEPARTMENT_APPRAISER',
    'COUNCIL_MEMBER',
    'DEPARTMENT_LEADER',
    'OPERATOR',
  ],
  'PUT /api/appraisals/approvals/:applicationId/council': ['DEPARTMENT_APPRAISER'],
  'GET /api/appraisals/tasks': OFFICERS,
  'GET /api/appraisals/tasks/:taskId': OFFICERS,
  'POST /api/appraisals/tasks/:taskId/claim': OFFICERS,
  'POST /api/appraisals/tasks/:taskId/unclaim': OFFICERS,
  'POST /api/appraisals/tasks/:taskId/:action': OFFICERS,
  'GET /api/appraisals/budgets': DEPARTMENT_READERS,
  'GET /api/appraisals/budgets/:programCode/:year/changes': DEPARTMENT_READERS,
  'PUT /api/appraisals/budgets/:programCode/:year': ['DEPARTMENT_LEADER'],
  'POST /api/appraisals/rural-criteria/appraisals': DEPARTMENT_READERS,
  'GET /api/appraisals/rural-criteria/appraisals': RURAL_OFFICERS,
  'GET /api/appraisals/rural-criteria/appraisals/:id': RURAL_OFFICERS,
  'GET /api/appraisals/rural-criteria/appraisals/:id/state': RURAL_OFFICERS,
  'PUT /api/appraisals/rural-criteria/appraisals/:id/self-assessment': RURAL_OFFICERS,
  'POST /api/appraisals/rural-criteria/appraisals/:id/actions': RURAL_OFFICERS,
  'GET /api/appraisals/rural-criteria/appraisals/:id/conclusion.pdf': RURAL_OFFICERS,
  'GET /api/appraisals/rural-criteria/tasks': RURAL_OFFICERS,
  'GET /api/appraisals/rural-criteria/targets': RURAL_OFFICERS,
  'GET /api/appraisals/rural-criteria/communes/:code/recognitions': RURAL_OFFICERS,

  // ocop
  'GET /api/ocop/product-groups': 'public',
  'GET /api/ocop/public/certificates/:number': 'public',
  'POST /api/ocop/subjects': ['APPLICANT', 'DEPARTMENT_APPRAISER'],
  'POST /api/ocop/products': ['APPLICANT', 'DEPARTMENT_APPRAISER'],
  'GET /api/ocop/products': 'signed-in',
  'GET /api/ocop/products/:id': 'signed-in',
  'POST /api/ocop/products/:id/evaluations': ['DEPARTMENT_APPRAISER'],
  'GET /api/ocop/evaluations/:id': DEPARTMENT_READERS,
  'POST /api/ocop/evaluations/:id/councils': ['DEPARTMENT_APPRAISER'],
  'POST /api/ocop/evaluations/:id/close': ['DEPARTMENT_APPRAISER'],
  'POST /api/ocop/evaluations/:id/abandon': ['DEPARTMENT_APPRAISER'],
  'POST /api/ocop/evaluations/:id/commune-report': ['LOCAL_OFFICER', 'DEPARTMENT_APPRAISER'],
  'POST /api/ocop/evaluations/:id/central-result': ['DEPARTMENT_APPRAISER'],
  'GET /api/ocop/commune/reports': ['LOCAL_OFFICER', 'DEPARTMENT_APPRAISER'],
  'GET /api/ocop/evaluations/:id/result': 'signed-in',
  'GET /api/ocop/council/tasks': ['COUNCIL_MEMBER'],
  'POST /api/ocop/evaluations/:id/conflict-declaration': ['COUNCIL_MEMBER'],
  'PUT /api/ocop/evaluations/:id/score-sheet': ['COUNCIL_MEMBER'],
  'GET /api/ocop/rankings': 'signed-in',
  'GET /api/ocop/statistics': 'signed-in',
  'GET /api/ocop/rankings/export.csv': 'signed-in',
  'GET /api/ocop/rankings/export.xlsx': 'signed-in',

  // notifications
  'GET /api/notifications/inbox': 'signed-in',
  'GET /api/notifications/inbox/unread-count': 'signed-in',
  'POST /api/notifications/inbox/read-all': 'signed-in',
  'POST /api/notifications/inbox/:id/read': 'signed-in',
  'POST /api/notifications/inbox/stream-ticket': 'signed-in',
  'GET /api/notifications/inbox/stream': 'signed-in',
  'GET /api/notifications/preferences/me': 'signed-in',
  'PUT /api/notifications/preferences/me': 'signed-in',
  'POST /api/notifications/digest/run': ['OPERATOR', 'ADMIN'],

  // operations
  'GET /api/operations/public/on-time': 'public',
  'GET /api/operations/indicators/on-time': INDICATOR_READERS,
  'GET /api/operations/indicators/processing-time': INDICATOR_READERS,
  'GET /api/operations/indicators/throughput': INDICATOR_READERS,
  'GET /api/operations/indicators/backlog': INDICATOR_READERS,
  'GET /api/operations/indicators/attribution': INDICATOR_READERS,
  'GET /api/operations/indicators/ocop-stars': INDICATOR_READERS,
  'GET /api/operations/indicators/online': INDICATOR_READERS,
  'GET /api/operations/rural/targets': INDICATOR_READERS,
  'GET /api/operations/rural/appraisals': INDICATOR_READERS,
  'GET /api/operations/cases/at-risk': INDICATOR_READERS,
  'GET /api/operations/cases/overdue': INDICATOR_READERS,
  'GET /api/operations/cases/:caseId': OPERATORS,
  'GET /api/operations/dlq': OPERATORS,
  'GET /api/operations/dlq/:id': OPERATORS,
  'POST /api/operations/dlq/redrive': OPERATORS,
  'POST /api/operations/dlq/discard': OPERATORS,
  'GET /api/operations/audit': OPERATORS,
  'GET /api/operations/audit/verify': OPERATORS,
  'GET /api/operations/workflows': OPERATORS,
  'GET /api/operations/workflows/stuck': OPERATORS,
  'GET /api/operations/workflows/:workflowId': OPERATORS,
  'GET /api/operations/workflows/:workflowId/history': OPERATORS,
  'GET /api/operations/kafka/lag': OPERATORS,
  'GET /api/operations/kafka/outbox-backlog': OPERATORS,
  'POST /api/operations/interventions': ['OPERATOR'],
  'POST /api/operations/interventions/batches': ['OPERATOR'],
  'GET /api/operations/interventions/batches/:jobId': ['OPERATOR'],
  'POST /api/operations/interventions/batches/:jobId/resume': ['OPERATOR'],
};
