import { t } from './i18n/t.js';
import { clearSession, getSession } from './session.js';

/** An API failure with the server's bilingual message and per-field problems (`fields`). */
export class ApiError extends Error {
  constructor(status, body = {}) {
    super(body.message || defaultMessage(status));
    this.status = status;
    this.messageEn = body.messageEn;
    this.fields = Array.isArray(body.fields) ? body.fields : [];
  }
}

/** Messages we show whatever the server says (e.g. proxies or multer answer in English). */
function defaultMessage(status) {
  if (status === 0) return t('errors.network');
  if (status === 413) return t('errors.tooLarge');
  if (status === 415) return t('errors.badType');
  if (status === 429) return t('errors.rateLimited');
  if (status === 403) return t('errors.forbidden');
  if (status === 404) return t('errors.notFound');
  if (status >= 500) return t('errors.server');
  return t('errors.generic');
}

function authHeaders(auth) {
  const session = auth ? getSession() : null;
  return session ? { Authorization: `Bearer ${session.token}` } : {};
}

async function readError(res) {
  let body = {};
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  if ([413, 415, 429].includes(res.status) || res.status >= 500)
    body = { ...body, message: defaultMessage(res.status) };
  return new ApiError(res.status, body);
}

function expired(auth, status) {
  if (auth && status === 401 && getSession()) {
    clearSession();
    sessionStorage.setItem('kc.flash', t('auth.sessionExpired'));
    location.hash = `#/dang-nhap?next=${encodeURIComponent(location.hash.slice(1) || '/')}`;
  }
}

/**
 * fetch with JSON in and out. `auth: true` adds the Bearer token; `as: 'blob'` returns a Blob.
 * Throws ApiError (status 0 when the network failed).
 */
export async function api(path, { method = 'GET', body, headers = {}, auth = false, as = 'json' } = {}) {
  let res;
  try {
    res = await fetch(path, {
      method,
      headers: {
        Accept: as === 'blob' ? '*/*' : 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...authHeaders(auth),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(0);
  }
  if (!res.ok) {
    expired(auth, res.status);
    throw await readError(res);
  }
  if (as === 'blob') return res.blob();
  if (res.status === 204) return null;
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

/** Multipart upload with progress (fetch cannot report upload progress, XMLHttpRequest can). */
export function upload(path, formData, onProgress = () => {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [k, v] of Object.entries(authHeaders(true))) xhr.setRequestHeader(k, v);
    xhr.upload.addEventListener('progress', (e) => e.lengthComputable && onProgress(e.loaded / e.total));
    xhr.addEventListener('error', () => reject(new ApiError(0)));
    xhr.addEventListener('load', () => {
      let body = {};
      try {
        body = JSON.parse(xhr.responseText || '{}');
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body);
      expired(true, xhr.status);
      if ([413, 415, 429].includes(xhr.status) || xhr.status >= 500)
        body = { ...body, message: defaultMessage(xhr.status) };
      reject(new ApiError(xhr.status, body));
    });
    xhr.send(formData);
  });
}

const A = '/api/applications';
let programsPromise;

export const Api = {
  register: (body) => api('/api/auth/register', { method: 'POST', body }),
  login: (body) => api('/api/auth/login', { method: 'POST', body }),
  /** The catalogue changes only with a new rule pack: fetched once per page load (retried after a failure). */
  programs() {
    programsPromise ??= api(`${A}/programs`).catch((e) => {
      programsPromise = undefined;
      throw e;
    });
    return programsPromise;
  },
  estimate: (code, cost) => api(`${A}/programs/${encodeURIComponent(code)}/estimate`, { method: 'POST', body: cost }),
  list: (query) => api(`${A}/applications?${new URLSearchParams(query)}`, { auth: true }),
  get: (id) => api(`${A}/applications/${encodeURIComponent(id)}`, { auth: true }),
  create: (body) => api(`${A}/applications`, { method: 'POST', body, auth: true }),
  update: (id, body) => api(`${A}/applications/${encodeURIComponent(id)}`, { method: 'PATCH', body, auth: true }),
  uploadDocument: (id, formData, onProgress) =>
    upload(`${A}/applications/${encodeURIComponent(id)}/documents`, formData, onProgress),
  removeDocument: (id, docId) =>
    api(`${A}/applications/${encodeURIComponent(id)}/documents/${encodeURIComponent(docId)}`, {
      method: 'DELETE',
      auth: true,
    }),
  downloadDocument: (id, docId) =>
    api(`${A}/applications/${encodeURIComponent(id)}/documents/${encodeURIComponent(docId)}`, {
      auth: true,
      as: 'blob',
    }),
  submit: (id, idempotencyKey) =>
    api(`${A}/applications/${encodeURIComponent(id)}/submit`, {
      method: 'POST',
      auth: true,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  receiptPdf: (id) => api(`${A}/applications/${encodeURIComponent(id)}/receipt.pdf`, { auth: true, as: 'blob' }),
  withdraw: (id, reason) =>
    api(`${A}/applications/${encodeURIComponent(id)}/withdraw`, { method: 'POST', body: { reason }, auth: true }),
  answerSupplement: (id, requestId) =>
    api(`${A}/applications/${encodeURIComponent(id)}/supplements/${encodeURIComponent(requestId)}`, {
      method: 'POST',
      auth: true,
    }),
  lookup: (code, secret) => api(`${A}/public/dossiers/${encodeURIComponent(code)}?${new URLSearchParams({ secret })}`),
};
