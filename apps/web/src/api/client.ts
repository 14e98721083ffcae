import type { ErrorBody, FieldProblem } from '@kc/contracts';
import { clearSession, getSession } from '../session';
import { canRenew, forgetRefreshToken, renewSession } from './refresh';

export type { FieldProblem } from '@kc/contracts';

/**
 * An API failure with the server's bilingual message (`message` Vietnamese, `messageEn` English) and
 * per-field problems. `status` 0 means the network failed. Pages pick the language with `useErrorText`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messageVi: string | undefined,
    readonly messageEn: string | undefined,
    readonly fields: FieldProblem[] = [],
  ) {
    super(messageVi ?? `HTTP ${status}`);
  }
}

/** Statuses whose server text we replace with our own (proxies, multer and limits answer in English). */
const OWN_TEXT = new Set([0, 413, 415, 429, 502, 503, 504]);

export function errorFromBody(status: number, body: unknown): ApiError {
  // Any body may arrive (a proxy's, a limit's): each field of ErrorBody is checked before it is used.
  const b = (body && typeof body === 'object' ? body : {}) as Partial<Record<keyof ErrorBody, unknown>>;
  const own = OWN_TEXT.has(status) || status >= 500;
  const text = (v: unknown) => (typeof v === 'string' && !own ? v : undefined);
  return new ApiError(
    status,
    text(b.message),
    text(b.messageEn),
    Array.isArray(b.fields) ? (b.fields as FieldProblem[]) : [],
  );
}

function authHeaders(): Record<string, string> {
  const session = getSession();
  return session ? { Authorization: `Bearer ${session.token}` } : {};
}

/** A signed-in request answered 401 even after a refresh: forget the session so the app asks to sign in. */
function onUnauthorized(status: number, hadSession: boolean) {
  if (status === 401 && hadSession) {
    forgetRefreshToken();
    clearSession();
    sessionStorage.setItem('kc.flash', 'sessionExpired');
  }
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  as?: 'json' | 'blob';
  signal?: AbortSignal;
}

/** fetch with JSON in and out and the Bearer token when signed in; a 401 refreshes once and retries. Throws ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { as = 'json' } = options;
  if (!getSession() && canRenew()) await renewSession(); // the access token lapsed while the tab slept
  const hadSession = !!getSession();
  let res = await send(path, options);
  if (res.status === 401 && hadSession && (await renewSession())) res = await send(path, options);
  if (!res.ok) {
    onUnauthorized(res.status, hadSession);
    throw errorFromBody(res.status, await res.json().catch(() => ({})));
  }
  if (as === 'blob') return (await res.blob()) as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : null) as T;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const { method = 'GET', body, headers = {}, as = 'json', signal } = options;
  try {
    return await fetch(path, {
      method,
      signal,
      headers: {
        Accept: as === 'blob' ? '*/*' : 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...authHeaders(),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, undefined, undefined);
  }
}

/** Multipart upload with progress: fetch cannot report upload progress, XMLHttpRequest can. */
export function upload<T>(path: string, form: FormData, onProgress: (ratio: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const hadSession = !!getSession();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.addEventListener('progress', (e) => e.lengthComputable && onProgress(e.loaded / e.total));
    xhr.addEventListener('error', () => reject(new ApiError(0, undefined, undefined)));
    xhr.addEventListener('load', () => {
      let body: unknown = {};
      try {
        body = JSON.parse(xhr.responseText || '{}');
      } catch {
        body = {};
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      onUnauthorized(xhr.status, hadSession);
      reject(errorFromBody(xhr.status, body));
    });
    xhr.send(form);
  });
}

/** Saves a Blob as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
