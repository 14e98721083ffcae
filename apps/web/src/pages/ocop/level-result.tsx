// One level's result of an OCOP round (district, province, central): the average, the parts, what is
// missing for the next star, and the explanation, or that the council is still sitting.
import type { OcopResult } from '../../api/types';
import { useI18n } from '../../i18n/i18n';

export function LevelResult({ level: l }: { level: OcopResult['levels'][number] }) {
  const { t, pick } = useI18n();
  return (
    <div className="level-result">
      <h4>{t(`ocop.level.${l.level}` as never)}</h4>
      {!l.result ? (
        <p className="muted">{t('ocop.councilSitting')}</p>
      ) : (
        <>
          <p>{t('ocop.average', { points: l.result.averageTotal ?? '—' })}</p>
          <ul>
            {l.result.parts.map((part) => (
              <li key={part.part}>{t('ocop.part', { part: part.part, points: part.average ?? '—', max: part.max })}</li>
            ))}
          </ul>
          {l.result.nextStar && (
            <p>
              {t('council.nextStar', {
                stars: l.result.nextStar.stars,
                points: l.result.nextStar.pointsMissing ?? '—',
              })}
            </p>
          )}
          <ul className="explanation">
            {l.result.explanation.map((x, i) => (
              <li key={i}>{pick(x.vi, x.en)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
