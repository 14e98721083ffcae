// The dossier form's last step: what will be saved, before saving.
import type { Program } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { money } from '../../format';
import { costAmount } from './dossier-form-draft';
import { type DossierFormValues } from './dossier-form-schema';

/** What will be saved, as the applicant reads it before saving. */
export function ReviewStep({
  program,
  values,
  unitName,
}: {
  program: Program;
  values: DossierFormValues;
  unitName: (code: string) => string | undefined;
}) {
  const { t, pick } = useI18n();
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title" className="section-title">
        {t('form.step.review')}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('form.program')}</dt>
          <dd>{pick(program.nameVi, program.nameEn)}</dd>
        </div>
        <div>
          <dt>{t('form.title')}</dt>
          <dd>{values.title}</dd>
        </div>
        <div>
          <dt>{t('form.estName')}</dt>
          <dd>{values.establishment.name}</dd>
        </div>
        <div>
          <dt>{t('form.localUnit')}</dt>
          <dd>{unitName(values.localUnitCode)}</dd>
        </div>
        <div>
          <dt>{t('dossier.cost')}</dt>
          <dd>{money(costAmount(program, values.cost))}</dd>
        </div>
      </dl>
      <p className="muted">{t('form.docsAfter', { count: program.requiredDocuments.length })}</p>
    </section>
  );
}
