// One function per service route the web app calls, typed with ./types. Paths go through the gateway.
import { api } from './client';
import { upload } from './upload';
import { endSession, keepTokens } from './refresh';
import type * as C from '@kc/contracts';
import type * as T from './types';

const A = '/api/applications';
const R = '/api/appraisals';
const O = '/api/ocop';
const N = '/api/notifications';
const enc = encodeURIComponent;
const qs = (q: Record<string, string | number | boolean | undefined>) =>
  new URLSearchParams(
    Object.entries(q)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();

export const Auth = {
  register: (body: C.RegisterRequest) => api<C.BilingualMessage>('/api/auth/register', { method: 'POST', body }),
  login: async (body: C.LoginRequest) => {
    const tokens = await api<T.LoginResponse>('/api/auth/login', { method: 'POST', body });
    keepTokens(tokens);
    return tokens;
  },
  logout: endSession,
};

export const Applications = {
  programs: () => api<T.ProgramCatalogue>(`${A}/programs`),
  units: () => api<T.UnitList>(`${A}/units`),
  estimate: (code: T.ProgramCode, cost: T.Cost) =>
    api<T.Estimate>(`${A}/programs/${enc(code)}/estimate`, { method: 'POST', body: cost }),
  list: (q: { status?: string; page?: number; pageSize?: number }) =>
    api<C.Page<T.Dossier>>(`${A}/applications?${qs(q)}`),
  get: (id: string) => api<T.Dossier>(`${A}/applications/${enc(id)}`),
  create: (body: T.DossierDraft) => api<T.Dossier>(`${A}/applications`, { method: 'POST', body }),
  update: (id: string, body: Partial<T.DossierDraft>) =>
    api<T.Dossier>(`${A}/applications/${enc(id)}`, { method: 'PATCH', body }),
  uploadDocument: (id: string, form: FormData, onProgress: (ratio: number) => void) =>
    upload<C.UploadedDocument>(`${A}/applications/${enc(id)}/documents`, form, onProgress),
  removeDocument: (id: string, docId: string) =>
    api<null>(`${A}/applications/${enc(id)}/documents/${enc(docId)}`, { method: 'DELETE' }),
  downloadDocument: (id: string, docId: string) =>
    api<Blob>(`${A}/applications/${enc(id)}/documents/${enc(docId)}`, { as: 'blob' }),
  submit: (id: string, idempotencyKey: string) =>
    api<T.Receipt>(`${A}/applications/${enc(id)}/submit`, {
      method: 'POST',
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  receiptPdf: (id: string) => api<Blob>(`${A}/applications/${enc(id)}/receipt.pdf`, { as: 'blob' }),
  withdraw: (id: string, reason: string) =>
    api<C.WithdrawAnswer>(`${A}/applications/${enc(id)}/withdraw`, {
      method: 'POST',
      body: { reason } satisfies C.WithdrawRequest,
    }),
  answerSupplement: (id: string, requestId: string) =>
    api<C.SupplementAnswer>(`${A}/applications/${enc(id)}/supplements/${enc(requestId)}`, { method: 'POST' }),
  lookup: (code: string, secret: string) => api<T.PublicDossier>(`${A}/public/dossiers/${enc(code)}?${qs({ secret })}`),
  officerDossier: (id: string) => api<T.Dossier>(`${A}/officer/dossiers/${enc(id)}`),
  officerDocument: (id: string, docId: string) =>
    api<Blob>(`${A}/officer/dossiers/${enc(id)}/documents/${enc(docId)}`, { as: 'blob' }),
};

export type { TaskFilters } from '@kc/contracts';

export const Appraisals = {
  tasks: (q: C.TaskFilters) => api<C.Page<T.Task>>(`${R}/tasks?${qs({ ...q })}`),
  task: (taskId: string) => api<T.TaskDetail>(`${R}/tasks/${enc(taskId)}`),
  claim: (taskId: string) => api<T.Task>(`${R}/tasks/${enc(taskId)}/claim`, { method: 'POST' }),
  unclaim: (taskId: string) => api<T.Task>(`${R}/tasks/${enc(taskId)}/unclaim`, { method: 'POST' }),
  act: (taskId: string, action: T.OfficerAction) => {
    const { type, ...body } = action;
    const segment = type.toLowerCase().replace(/_/g, '-');
    return api<T.ActionResult>(`${R}/tasks/${enc(taskId)}/${segment}`, { method: 'POST', body });
  },
  approval: (applicationId: string) => api<T.ActionResult['state']>(`${R}/approvals/${enc(applicationId)}`),
  budgets: (year?: number) => api<C.BudgetList>(`${R}/budgets?${qs({ year })}`),
};

export const Ocop = {
  groups: () => api<T.ProductGroups>(`${O}/product-groups`),
  createSubject: (body: C.CreateSubjectRequest) => api<T.OcopSubject>(`${O}/subjects`, { method: 'POST', body }),
  registerProduct: (body: C.RegisterProductRequest) =>
    api<C.RegisteredProduct>(`${O}/products`, { method: 'POST', body }),
  products: (page = 1) => api<C.Page<T.OcopProduct>>(`${O}/products?${qs({ page, pageSize: 20 })}`),
  product: (id: string) => api<T.OcopProduct>(`${O}/products/${enc(id)}`),
  result: (evaluationId: string) => api<T.OcopResult>(`${O}/evaluations/${enc(evaluationId)}/result`),
  councilTasks: (status?: 'OPEN' | 'CLOSED') =>
    api<C.Page<T.CouncilTask>>(`${O}/council/tasks?${qs({ status, pageSize: 50 })}`),
  declareConflict: (evaluationId: string, hasConflict: boolean, note?: string) =>
    api<C.ConflictDeclarationAnswer>(`${O}/evaluations/${enc(evaluationId)}/conflict-declaration`, {
      method: 'POST',
      body: { hasConflict, ...(note ? { note } : {}) } satisfies C.ConflictDeclarationRequest,
    }),
  submitSheet: (evaluationId: string, answers: Record<string, number>) =>
    api<C.ScoreSheetAnswer>(`${O}/evaluations/${enc(evaluationId)}/score-sheet`, {
      method: 'PUT',
      body: { answers } satisfies C.ScoreSheetRequest,
    }),
  certificate: (number: string) => api<T.PublicCertificate>(`${O}/public/certificates/${enc(number)}`),
};

export const Notifications = {
  inbox: (page = 1) => api<T.NotificationPage>(`${N}/inbox?${qs({ page, pageSize: 20 })}`),
  unread: () => api<C.UnreadCount>(`${N}/inbox/unread-count`),
  read: (id: string) => api<C.UnreadCount>(`${N}/inbox/${enc(id)}/read`, { method: 'POST' }),
  readAll: () => api<C.ReadAllAnswer>(`${N}/inbox/read-all`, { method: 'POST' }),
  /** A short single-use ticket for the live stream, so no access token ever sits in a URL. */
  streamTicket: () => api<C.StreamTicket>(`${N}/inbox/stream-ticket`, { method: 'POST' }),
  streamUrl: (ticket: string) => `${N}/inbox/stream?${qs({ ticket })}`,
};
