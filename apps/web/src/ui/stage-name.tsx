import type { Stage } from '@kc/contracts';
import { stageLabels } from '@kc/domain/approval';
import { useI18n } from '../i18n/i18n';

/** A stage's name in the reader's language, from the domain's one stage-name table. */
export function StageName({ stage }: { stage: Stage | null | undefined }) {
  const { lang } = useI18n();
  return <>{stage ? stageLabels[stage][lang] : '—'}</>;
}
