/** A one-shot message for the next page ("signed out"), read once per navigation (stable on re-render). */
let shown: { key: string; message: string | null } = { key: '', message: null };
export function takeFlash(key: string): string | null {
  if (shown.key !== key) {
    shown = { key, message: sessionStorage.getItem('kc.flash') };
    sessionStorage.removeItem('kc.flash');
  }
  return shown.message;
}
