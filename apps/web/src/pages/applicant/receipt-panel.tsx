// The receipt of a submitted dossier: its code, the lookup secret and the PDF (Form 01).
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { Applications } from '../../api/applications';
import { saveBlob } from '../../api/save-blob';
import { useUnitName } from '../../api/queries';
import type { Dossier } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { money } from '../../format';
import { date, dateTime } from '../../dates';
import { Facts } from '../../ui/facts';
import { Alert, useErrorText } from '../../ui/states';

export function ReceiptPanel({ d }: { d: Dossier }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const unitName = useUnitName();
  const [error, setError] = useState<string>();
  const pdf = useMutation({
    mutationFn: () => Applications.receiptPdf(d.id),
    onSuccess: (blob) => saveBlob(blob, `giay-tiep-nhan-${d.dossierCode}.pdf`),
    onError: (e) => setError(errorText(e)),
  });
  return (
    <section className="card receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" className="section-title">
        {t('dossier.receiptTitle')}
      </h2>
      <div className="receipt-codes">
        <div className="code-box">
          <span className="code-label">{t('dossier.code')}</span>
          <span className="code-value mono" data-testid="dossier-code">
            {d.dossierCode}
          </span>
        </div>
        <div className="code-box code-secret">
          <span className="code-label">{t('dossier.lookupSecret')}</span>
          <span className="code-value mono" data-testid="lookup-secret">
            {d.lookupSecret}
          </span>
        </div>
      </div>
      <p className="muted">{t('dossier.lookupSecretHint')}</p>
      <Facts
        rows={[
          [t('dossier.receivedAt'), dateTime(d.submittedAt)],
          [t('dossier.expected'), <strong key="e">{date(d.expectedResultDate)}</strong>],
          [t('dossier.localUnit'), unitName(d.localUnitCode)],
          [t('dossier.proposed'), money(d.proposedSupportVnd)],
        ]}
      />
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={pdf.isPending} onClick={() => pdf.mutate()}>
          {pdf.isPending ? t('dossier.downloadingReceipt') : t('dossier.downloadReceipt')}
        </button>
        <Link className="btn btn-secondary" to={`/tra-cuu?ma=${d.dossierCode}&mk=${d.lookupSecret}`}>
          {t('dossier.openLookup')}
        </Link>
      </div>
      {error && <Alert kind="error">{error}</Alert>}
    </section>
  );
}
