// The JSON transport every endpoint goes through: the token, one refresh on 401, bilingual errors.
import { getSession } from '../session';
import { canRenew, renewSession } from './refresh';
import { ApiError, errorFromBody } from './api-error';
import { authHeaders, onUnauthorized } from './session-headers';

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
