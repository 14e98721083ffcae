import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useForm, useWatch } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { Applications } from '../../api/endpoints';
import { usePrograms } from '../../api/queries';
import type { Program, ProgramCatalogue } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { money } from '../../format';
import { useSession } from '../../session';
import { PageHeader } from '../../ui/page-header';
import { CostFields, costFromText, type CostText } from '../../ui/cost-fields';
import { Alert, ErrorState, QueryView, useErrorText } from '../../ui/states';
import { supportRuleText } from '../../ui/program-text';

/** The public front page: what support exists, an estimator, and the way in. */
export default function HomePage() {
  const { t } = useI18n();
  const session = useSession();
  const programs = usePrograms();
  // Notices link to `/?code=KC-…` (the notifications templates): that is the public lookup.
  const [params] = useSearchParams();
  const code = params.get('code');
  const start = session ? '/ho-so/moi' : '/dang-nhap?next=/ho-so/moi';
  if (code) return <Navigate to={`/tra-cuu?ma=${encodeURIComponent(code)}`} replace />;
  return (
    <div className="page">
      <section className="hero">
        <PageHeader title={t('home.title')} />
        <p className="lead">{t('home.intro')}</p>
        <div className="hero-actions">
          <Link className="btn btn-primary btn-lg" to={start}>
            {t('home.ctaStart')}
          </Link>
          <Link className="btn btn-secondary btn-lg" to="/tra-cuu">
            {t('home.ctaLookup')}
          </Link>
        </div>
      </section>
      <section className="section" aria-labelledby="programs-title">
        <h2 className="section-title" id="programs-title">
          {t('home.programsTitle')}
        </h2>
        <QueryView query={programs}>{(catalogue) => <ProgramList catalogue={catalogue} />}</QueryView>
      </section>
      <section className="card" id="estimate" aria-labelledby="estimate-title">
        <h2 className="section-title" id="estimate-title">
          {t('home.estimateTitle')}
        </h2>
        <p className="muted">{t('home.estimateIntro')}</p>
        {programs.data && <Estimator programs={programs.data.items} />}
      </section>
    </div>
  );
}

function ProgramList({ catalogue }: { catalogue: ProgramCatalogue }) {
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

function Estimator({ programs }: { programs: Program[] }) {
  const { t, pick } = useI18n();
  const errorText = useErrorText();
  const [code, setCode] = useState(programs[0]?.code);
  const program = programs.find((p) => p.code === code) ?? programs[0];
  const { register, control, handleSubmit } = useForm<{ cost: CostText }>({ defaultValues: { cost: {} } });
  const values = useWatch({ control, name: 'cost' }) ?? {};
  const [invalid, setInvalid] = useState(false);
  const estimate = useMutation({
    mutationFn: (cost: NonNullable<ReturnType<typeof costFromText>>) => Applications.estimate(program.code, cost),
  });
  if (!program) return null;
  const onSubmit = handleSubmit((v) => {
    const cost = costFromText(program, v.cost);
    setInvalid(!cost);
    if (cost) estimate.mutate(cost);
  });
  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <div className="field">
        <label htmlFor="estimate-program">{t('home.estimateProgram')}</label>
        <select
          id="estimate-program"
          value={program.code}
          onChange={(e) => (setCode(e.target.value as Program['code']), estimate.reset())}
        >
          {programs.map((p) => (
            <option key={p.code} value={p.code}>
              {pick(p.nameVi, p.nameEn)}
            </option>
          ))}
        </select>
      </div>
      <CostFields key={program.code} program={program} register={register} values={values} />
      {invalid && <Alert kind="error">{t('validation.cost')}</Alert>}
      <button type="submit" className="btn btn-primary" disabled={estimate.isPending}>
        {t('home.estimateButton')}
      </button>
      {estimate.isError && <ErrorState error={estimate.error} />}
      {estimate.data && (
        <div className="estimate-result" role="status" aria-live="polite">
          <p className="estimate-label">{t('home.estimateResult')}</p>
          <p className="estimate-amount">{money(estimate.data.supportVnd)}</p>
          <p className="estimate-explain">{pick(estimate.data.explanationVi, estimate.data.explanationEn)}</p>
        </div>
      )}
      {estimate.isError && <span className="sr-only">{errorText(estimate.error)}</span>}
    </form>
  );
}
