/** A value a template was not given (an optional field absent from the event). */
export const isMissing = (v: unknown): v is null | undefined => v === null || v === undefined;

/** The word for "none" in each language, for values a notice must mention even when absent. */
export const NONE = { vi: 'không có', en: 'none' } as const;
