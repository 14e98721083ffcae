import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Ocop } from '../../api/ocop';
import { useI18n } from '../../i18n/i18n';
import { date } from '../../dates';
import { Facts } from '../../ui/facts';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, Loading } from '../../ui/states';
import { Stars } from '../../ui/stars';

/** Anyone checks an OCOP certificate by its number (a buyer, a market inspector). */
export default function CertificatePage() {
  const { t, pick } = useI18n();
  const [params, setParams] = useSearchParams();
  const number = params.get('so') ?? '';
  const [text, setText] = useState(number);
  const cert = useQuery({
    queryKey: ['certificate', number],
    queryFn: () => Ocop.certificate(number),
    enabled: !!number,
    retry: false,
  });
  return (
    <div className="page">
      <PageHeader title={t('certificate.title')} />
      <p>{t('certificate.intro')}</p>
      <form
        className="form card"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ so: text.trim().toUpperCase() });
        }}
      >
        <div className="field">
          <label htmlFor="cert-number">{t('certificate.number')}</label>
          <p className="hint" id="cert-number-hint">
            {t('certificate.numberHint')}
          </p>
          <input
            id="cert-number"
            aria-describedby="cert-number-hint"
            className="mono upper"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className="btn btn-primary">
          {t('certificate.button')}
        </button>
      </form>
      {cert.isFetching && <Loading />}
      {cert.isError && <ErrorState error={cert.error} />}
      {cert.data && (
        <section className="card result-card certificate" aria-live="polite">
          <h2 className="section-title">{cert.data.productName}</h2>
          <Stars count={cert.data.stars} />
          <Facts
            rows={[
              [
                t('certificate.number'),
                <span key="n" className="mono">
                  {cert.data.number}
                </span>,
              ],
              [t('certificate.holder'), cert.data.subjectName],
              [t('certificate.unit'), cert.data.unit.name],
              [t('certificate.issuedBy'), cert.data.issuedBy],
              [t('certificate.validity'), `${date(cert.data.issueDate)} – ${date(cert.data.expiryDate)}`],
              [t('certificate.status'), pick(cert.data.statusVi, cert.data.statusEn)],
            ]}
          />
        </section>
      )}
    </div>
  );
}
