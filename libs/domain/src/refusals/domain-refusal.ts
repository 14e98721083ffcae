/**
 * A rule of the procedure said no: a code for programs, a text in each language for people. Validators
 * answer one; workflows send it as an `ApplicationFailure`'s details and the services' one exception
 * filter answers it as a 409 with both texts, so nobody splits a "vi / en" string again.
 */
export interface DomainRefusal {
  code: string;
  vi: string;
  en: string;
}

export const domainRefusal = (code: string, vi: string, en: string): DomainRefusal => ({ code, vi, en });

/** Thrown by pure rules that refuse (OCOP's council checks); carries the refusal unchanged. */
export class DomainRefusalError extends Error {
  constructor(readonly refusal: DomainRefusal) {
    super(`${refusal.code}: ${refusal.en}`);
    this.name = 'DomainRefusalError';
  }
}

/** True for a value shaped like a refusal, e.g. one that came back through Temporal's failure details. */
export function isDomainRefusal(value: unknown): value is DomainRefusal {
  const r = value as Partial<DomainRefusal> | null;
  return typeof r?.code === 'string' && typeof r.vi === 'string' && typeof r.en === 'string';
}
