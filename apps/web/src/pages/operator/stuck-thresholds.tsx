// What counts as stuck: at least so many attempts of one activity, or so many hours without progress.
import { useI18n } from '../../i18n/i18n';

export function StuckThresholds({
  minAttempts,
  idleHours,
  setMinAttempts,
  setIdleHours,
}: {
  minAttempts: string;
  idleHours: string;
  setMinAttempts: (value: string) => void;
  setIdleHours: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="field">
        <label htmlFor="stuck-attempts">{t('ops.stuck.minAttempts')}</label>
        <input
          id="stuck-attempts"
          type="number"
          min={1}
          max={1000}
          value={minAttempts}
          onChange={(e) => setMinAttempts(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="stuck-idle">{t('ops.stuck.idleHours')}</label>
        <input
          id="stuck-idle"
          type="number"
          min={0}
          max={8760}
          value={idleHours}
          onChange={(e) => setIdleHours(e.target.value)}
        />
      </div>
    </>
  );
}
