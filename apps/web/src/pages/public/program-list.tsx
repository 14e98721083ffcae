// The programmes on the front page: each one's support rule, who may apply, the documents, and the law.
import type { ProgramCatalogue } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Alert } from '../../ui/states';
import { supportRuleText } from '../../ui/program-text';

export function ProgramList({ catalogue }: { catalogue: ProgramCatalogue }) {
  const { t, pick } = useI18n();
  return (
    <>
      <Alert kind="info">{t(catalogue.localTier === 'COMMUNE' ? 'home.tierCommune' : 'home.tierDistrict')}</Alert>
      <div className="program-grid">
        {catalogue.items.map((p) => (
          <article className="program-card" key={p.code}>
            <h3>{pick(p.nameVi, p.nameEn)}</h3>
            {supportRuleText(t, p).map((line, i) => (
              <p key={line} className={i === 0 ? 'rule' : 'rule-extra'}>
                {line}
              </p>
            ))}
            <dl className="mini-facts">
              <div>
                <dt>{t('home.applicants')}</dt>
                <dd>{p.eligibleApplicantTypes.map((x) => t(`establishmentType.${x}`)).join(', ')}</dd>
              </div>
              <div>
                <dt>{t('home.documents', { count: p.requiredDocuments.length })}</dt>
                <dd>{p.requiredDocuments.map((d) => pick(d.nameVi, d.nameEn)).join('; ')}</dd>
              </div>
            </dl>
          </article>
        ))}
      </div>
      <details className="legal">
        <summary>{t('home.legalBasis')}</summary>
        <ul>
          {catalogue.legalBasis.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
