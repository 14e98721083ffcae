// The dossier form's buttons: back, cancel, and continue, or save on the last step.
import { useI18n } from '../../i18n/i18n';

export function StepButtons({
  step,
  last,
  submitting,
  submitLabel,
  onBack,
  onCancel,
  onNext,
}: {
  step: number;
  last: boolean;
  submitting: boolean;
  submitLabel: string;
  onBack: () => void;
  onCancel?: () => void;
  onNext: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      {step > 0 && (
        <button type="button" className="btn btn-secondary" onClick={onBack}>
          {t('app.back')}
        </button>
      )}
      {onCancel && (
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      )}
      {!last ? (
        // Keys keep the two buttons distinct elements: a click on "continue" must not become a submit.
        <button key="next" type="button" className="btn btn-primary" onClick={onNext}>
          {t('app.continue')}
        </button>
      ) : (
        <button key="submit" type="submit" className="btn btn-primary" disabled={submitting}>
          {submitting ? t('app.saving') : submitLabel}
        </button>
      )}
    </div>
  );
}
