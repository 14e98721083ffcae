import { useI18n } from '../../i18n/i18n';

/** The reason an intervention is logged with (the audit log keeps it). */
export function ReasonField({
  id,
  value,
  minLength,
  onChange,
}: {
  id: string;
  value: string;
  minLength: number;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('ops.common.reason')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('ops.common.reasonHint')}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        required
        minLength={minLength}
        rows={2}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
