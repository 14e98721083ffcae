/** Languages messages are written in; Vietnamese is the default for everyone. */
export const Languages = ['vi', 'en'] as const;
export type Language = (typeof Languages)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';
