import { getSession } from '../session';
import { ApiError, errorFromBody } from './api-error';
import { authHeaders, onUnauthorized } from './session-headers';

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
