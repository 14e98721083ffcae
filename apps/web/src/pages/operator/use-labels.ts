import { stageLabels } from '@kc/domain/approval';
import { useI18n } from '../../i18n/i18n';

/** Stage and unit names in the reader's language (codes the read model keeps, some not approval stages). */
export function useLabels() {
  const { lang } = useI18n();
  const stage = (code: string | null | undefined) =>
    code ? ((stageLabels as Readonly<Record<string, { vi: string; en: string }>>)[code]?.[lang] ?? code) : '—';
  return { stage };
}
