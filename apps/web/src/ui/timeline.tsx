import { useI18n } from '../i18n/i18n';
import { dateTime } from '../dates';
import { StageName } from './stage-name';
import type { Stage } from '@kc/contracts';
import { stageLabels } from '@kc/domain/approval';

export interface TimelineLine {
  at: string;
  stage?: Stage | null;
  textVi: string;
  textEn: string;
  note?: string | null;
}

/** A dossier's history, oldest first, in the reader's language. */
export function Timeline({ lines }: { lines: TimelineLine[] }) {
  const { t, pick, lang } = useI18n();
  if (lines.length === 0) return <p className="muted">{t('timeline.empty')}</p>;
  return (
    <ol className="timeline">
      {lines.map((l, i) => (
        <li className="timeline-item" key={`${l.at}-${i}`}>
          <time dateTime={l.at}>{dateTime(l.at)}</time>
          <p className="timeline-label">{pick(l.textVi, l.textEn)}</p>
          {l.stage && stageLabels[l.stage][lang] !== pick(l.textVi, l.textEn) && (
            <p className="muted">
              <StageName stage={l.stage} />
            </p>
          )}
          {l.note && <p className="timeline-note">{l.note}</p>}
        </li>
      ))}
    </ol>
  );
}
