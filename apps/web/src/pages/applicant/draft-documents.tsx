// The draft's documents: one row per document the programme requires, with how many are there.
import type { Dossier, FieldProblemView, Program } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { DocumentRow } from './document-row';

export function DraftDocuments({
  d,
  program,
  problems,
  refresh,
}: {
  d: Dossier;
  program: Program;
  problems: FieldProblemView[];
  refresh: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const done = program.requiredDocuments.filter((r) => d.documents.some((x) => x.requirementCode === r.code)).length;
  return (
    <section className="card" id="documents">
      <div className="card-head">
        <h2 className="section-title">{t('dossier.docsTitle')}</h2>
        <span className={`pill ${done === program.requiredDocuments.length ? 'pill-ok' : ''}`}>
          {t('dossier.docProgress', { done, total: program.requiredDocuments.length })}
        </span>
      </div>
      <p className="muted">{t('dossier.docsHint')}</p>
      <ul className="doc-list">
        {program.requiredDocuments.map((r) => (
          <DocumentRow
            key={r.code}
            dossierId={d.id}
            requirement={r}
            document={d.documents.find((x) => x.requirementCode === r.code)}
            problem={problems.find((p) => p.field === `documents.${r.code}`)?.messageVi}
            editable
            removable
            onChanged={refresh}
          />
        ))}
      </ul>
    </section>
  );
}
