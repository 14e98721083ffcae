import type { FieldError } from 'react-hook-form';
import { useI18n, type MessageKey } from '../i18n/i18n';

/**
 * Form schemas (zod) carry catalogue keys as their messages ("validation.email"); this turns a field's
 * error into text in the reader's language. Messages that are not keys (the server's) pass through.
 */
export function useFieldError(): (error: FieldError | undefined) => string | undefined {
  const { t } = useI18n();
  return (error) => {
    const m = error?.message;
    if (!m) return undefined;
    return /^[a-z]+\.[a-zA-Z.]+$/.test(m) ? t(m as MessageKey) : m;
  };
}
