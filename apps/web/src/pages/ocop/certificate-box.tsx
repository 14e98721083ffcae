// The certificate a round ended with: its number, validity and the public lookup link.
import { Link } from 'react-router';
import type { OcopResult } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { date } from '../../dates';

export function CertificateBox({ certificate }: { certificate: NonNullable<OcopResult['certificate']> }) {
  const { t } = useI18n();
  return (
    <div className="certificate-box" data-testid="certificate">
      <p>
        <strong>{t('ocop.certificate')}</strong>: <span className="mono">{certificate.number}</span>
      </p>
      <p>{t('ocop.validUntil', { date: date(certificate.expiryDate) })}</p>
      <Link to={`/ocop/chung-nhan?so=${certificate.number}`}>{t('ocop.publicLink')}</Link>
    </div>
  );
}
