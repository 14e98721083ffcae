// The OCOP service routes: groups, subjects, products, results, council tasks and sheets, certificates.
import { api } from './client';
import { enc, qs } from './query-string';
import type * as C from '@kc/contracts';
import type * as T from './types';

const O = '/api/ocop';

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
