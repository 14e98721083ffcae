// Why a workflow counts as stuck: the cause, the activity and its attempt, and the last failure.
import type { StuckWorkflowRow } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';

export function StuckCause({ w }: { w: StuckWorkflowRow }) {
  const { t } = useI18n();
  return (
    <>
      <p className="dossier-meta danger-text">
        {t(`ops.stuck.causes.${w.cause}`)} · {t('ops.stuck.activity')}: {w.activity ?? '—'} · {t('ops.stuck.attempt')}:{' '}
        {w.attempt}
      </p>
      {w.lastFailure && (
        <p className="dossier-meta">
          {t('ops.stuck.lastFailure')}: <span className="mono">{w.lastFailure}</span>
        </p>
      )}
    </>
  );
}
