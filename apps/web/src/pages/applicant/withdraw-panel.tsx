// Withdrawing a submitted dossier, with the reason the law asks for.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Applications } from '../../api/applications';
import type { Dossier } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../ui/states';

export function WithdrawPanel({ d, refresh }: { d: Dossier; refresh: () => Promise<unknown> }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const withdraw = useMutation({ mutationFn: () => Applications.withdraw(d.id, reason.trim()), onSuccess: refresh });
  return (
    <section className="card">
      <details className="danger-zone">
        <summary>{t('dossier.withdrawTitle')}</summary>
        <p className="muted">{t('dossier.withdrawIntro')}</p>
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTooShort(reason.trim().length < 5);
            if (reason.trim().length >= 5) withdraw.mutate();
          }}
        >
          <div className={`field ${tooShort ? 'has-error' : ''}`}>
            <label htmlFor="withdraw-reason">{t('dossier.withdrawReason')}</label>
            <textarea
              id="withdraw-reason"
              rows={3}
              value={reason}
              aria-invalid={tooShort || undefined}
              aria-describedby={tooShort ? 'withdraw-error' : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {tooShort && (
              <p className="field-error" id="withdraw-error">
                {t('validation.reason')}
              </p>
            )}
          </div>
          {withdraw.isError && <ErrorState error={withdraw.error} />}
          <button type="submit" className="btn btn-danger" disabled={withdraw.isPending}>
            {t('dossier.withdrawConfirm')}
          </button>
        </form>
      </details>
    </section>
  );
}
