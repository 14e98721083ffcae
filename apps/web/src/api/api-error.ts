import type { ErrorBody, FieldProblem } from '@kc/contracts';

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
