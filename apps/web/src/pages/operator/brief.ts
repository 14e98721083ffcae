/** A value of the audit log as one line of JSON, a dash when there is none. */
export const brief = (v: unknown) => (v === null || v === undefined ? '—' : JSON.stringify(v));
