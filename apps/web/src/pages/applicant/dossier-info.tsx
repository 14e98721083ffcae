// The dossier's facts as the applicant entered them, and the document requirement behind a file.
import { useUnitName } from '../../api/queries';
import type { Dossier, Program } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { money } from '../../format';
import { date } from '../../dates';
import { Facts } from '../../ui/facts';

export function requirementOf(program: Program, code: string) {
  return program.requiredDocuments.find((r) => r.code === code) ?? { code, nameVi: code, nameEn: code };
}

export function InfoCard({ d, program, onEdit }: { d: Dossier; program: Program; onEdit?: () => void }) {
  const { t, pick } = useI18n();
  const unitName = useUnitName();
  const c = d.cost;
  const cost =
    'loanAmountVnd' in c
      ? `${money(c.loanAmountVnd)} · ${String(c.annualInterestRate / 100).replace('.', ',')} %/${t('dossier.year')} · ${c.months} ${t('dossier.months')}`
      : money(c.eligibleCostVnd);
  return (
    <section className="card">
      <div className="card-head">
        <h2 className="section-title">{t('dossier.stepInfo')}</h2>
        {onEdit && (
          <button type="button" className="btn btn-secondary btn-sm" onClick={onEdit}>
            {t('dossier.edit')}
          </button>
        )}
      </div>
      <Facts
        rows={[
          [t('dossier.program'), pick(program.nameVi, program.nameEn)],
          [t('dossier.establishment'), `${d.establishment.name} · ${t(`establishmentType.${d.establishment.type}`)}`],
          [t('form.address'), d.establishment.address],
          [t('dossier.localUnit'), unitName(d.localUnitCode)],
          [t('dossier.cost'), cost],
          [t('dossier.created'), date(d.createdAt)],
        ]}
      />
    </section>
  );
}
