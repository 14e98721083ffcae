import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ruralLevelNames } from '@kc/domain/rural-criteria';
import { Operations } from '../../api/operations';
import { useI18n } from '../../i18n/i18n';
import { Empty, QueryView } from '../../ui/states';
import { DataTable } from './data-table';
import { ExportButtons } from './export-buttons';

/** The plan's new-rural targets for a year, per level: the appraisals' progress against them and a forecast. */
export function RuralTargets() {
  const { t, lang } = useI18n();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const query = useQuery({ queryKey: ['ops', 'rural-targets', year], queryFn: () => Operations.ruralTargets(year) });
  const count = (n: number | null) => (n === null ? '—' : n);
  return (
    <section className="card section" aria-labelledby="rural-title">
      <h2 className="section-title" id="rural-title">
        {t('ops.rural.title')}
      </h2>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="rural-year">{t('ops.rural.year')}</label>
          <input
            id="rural-year"
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => e.target.valueAsNumber >= 2000 && setYear(e.target.valueAsNumber)}
          />
        </div>
        <ExportButtons path="rural/targets" query={{ year }} name={t('ops.rural.title')} />
      </div>
      <QueryView query={query}>
        {(answer) =>
          answer.items.every((l) => l.registered === 0 && l.target === null) ? (
            <Empty title={t('ops.rural.empty', { year })} />
          ) : (
            <>
              <p className="hint">
                {answer.legalBasis
                  ? t('ops.rural.basis', { basis: answer.legalBasis })
                  : t('ops.rural.noPlan', { year })}
              </p>
              <DataTable
                caption={t('ops.rural.title')}
                columns={[
                  t('ops.rural.level'),
                  t('ops.rural.target'),
                  t('ops.rural.registered'),
                  t('ops.rural.inAppraisal'),
                  t('ops.rural.passed'),
                  t('ops.rural.failed'),
                  t('ops.rural.revoked'),
                  t('ops.rural.forecast'),
                  t('ops.rural.gap'),
                ]}
                rows={answer.items.map((l) => [
                  ruralLevelNames[l.level][lang],
                  count(l.target),
                  l.registered,
                  l.inAppraisal,
                  l.passed,
                  l.failed,
                  l.revoked,
                  l.forecast,
                  count(l.gap),
                ])}
              />
            </>
          )
        }
      </QueryView>
    </section>
  );
}
