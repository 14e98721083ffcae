/** A custom validation message in both languages, for zod's `message`/`error` options. */
export function bilingual(vi: string, en: string): string {
  return `${vi} // ${en}`;
}

export function splitBilingual(message: string): { vi: string; en: string } | undefined {
  const at = message.indexOf(' // ');
  return at < 0 ? undefined : { vi: message.slice(0, at), en: message.slice(at + 4) };
}
