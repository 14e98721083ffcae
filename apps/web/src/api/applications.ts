// The applications service routes: programmes, dossiers, documents, submission, lookup.
import { api } from './client';
import { upload } from './upload';
import { enc, qs } from './query-string';
import type * as C from '@kc/contracts';
import type * as T from './types';

const A = '/api/applications';

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
