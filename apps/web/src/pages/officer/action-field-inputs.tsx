// One field of an officer action form: a yes/no choice as a radio group, or a text (a reason, a note, an
// amount echoed in words) with its error wired for assistive technology.
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { money, parseMoney } from '../../format';
import type { FieldSpec } from './action-fields';

interface FieldProps {
  spec: FieldSpec;
  id: string;
  value: string | undefined;
  problem: MessageKey | undefined;
  onChange: (value: string) => void;
}

export function YesNoField({ spec: f, id, value, problem, onChange }: FieldProps) {
  const { t } = useI18n();
  return (
    <fieldset className={`field ${problem ? 'has-error' : ''}`} aria-describedby={problem ? `${id}-error` : undefined}>
      <legend>{t(f.label)}</legend>
      {(['yes', 'no'] as const).map((choice) => (
        <label key={choice} className="radio-inline">
          <input type="radio" name={id} value={choice} checked={value === choice} onChange={() => onChange(choice)} />{' '}
          {t(choice === 'yes' ? f.yes! : f.no!)}
        </label>
      ))}
      {problem && (
        <p className="field-error" id={`${id}-error`}>
          {t(problem)}
        </p>
      )}
    </fieldset>
  );
}

export function TextField({ spec: f, id, value, problem, onChange }: FieldProps) {
  const { t } = useI18n();
  const control = {
    id,
    value: value ?? '',
    'aria-invalid': !!problem || undefined,
    'aria-describedby': problem ? `${id}-error` : undefined,
  };
  return (
    <div className={`field ${problem ? 'has-error' : ''}`}>
      <label htmlFor={id}>
        {t(f.label)}
        {f.kind === 'optionalNote' && <span className="opt"> ({t('app.optional')})</span>}
      </label>
      {f.kind === 'amount' ? (
        <input {...control} inputMode="numeric" autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      ) : (
        <textarea {...control} rows={3} onChange={(e) => onChange(e.target.value)} />
      )}
      {f.kind === 'amount' && parseMoney(value ?? '') && (
        <span className="money-echo">{t('cost.equals', { money: money(parseMoney(value ?? '')) })}</span>
      )}
      {problem && (
        <p className="field-error" id={`${id}-error`}>
          {t(problem)}
        </p>
      )}
    </div>
  );
}
