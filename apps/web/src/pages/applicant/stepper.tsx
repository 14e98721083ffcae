// The dossier form's steps as an ordered list: done ones ticked, the current one marked for screen readers.
import { useI18n } from '../../i18n/i18n';
import { STEPS } from './dossier-form-steps';

export function Stepper({ step }: { step: number }) {
  const { t } = useI18n();
  return (
    <ol className="stepper" aria-label={t('form.steps')}>
      {STEPS.map((s, i) => (
        <li key={s} className={i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>
          <span className="step-no" aria-hidden="true">
            {i < step ? '✓' : i + 1}
          </span>
          {t(`form.step.${s}`)}
        </li>
      ))}
    </ol>
  );
}
