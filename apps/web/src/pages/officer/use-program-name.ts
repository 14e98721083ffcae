// A programme's name in the reader's language, from the catalogue; the code while it loads.
import { usePrograms } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';

export function useProgramName() {
  const { pick } = useI18n();
  const programs = usePrograms();
  return (code: string) => {
    const p = programs.data?.items.find((x) => x.code === code);
    return p ? pick(p.nameVi, p.nameEn) : code;
  };
}
