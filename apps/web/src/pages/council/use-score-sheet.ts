// A council member's score sheet as it is typed: the answers, the totals, the star band, what is missing
// for the next star and the mandatory criteria still short.
import { useMemo, useState } from 'react';
import {
  ocopEvaluationPackById,
  pointsToNextStar,
  scoreSheet,
  scoreTemplate,
  starsForAverage,
  templateCriteria,
  toCentipoints,
} from '@kc/domain/ocop';
import type { CouncilTask } from '../../api/types';

export function useScoreSheet(task: CouncilTask) {
  // The template is the domain's own (pack + subgroup from its id), so the sheet totals as the server does.
  const template = useMemo(() => {
    const [packId, subgroupCode] = task.template.id.split('/');
    return scoreTemplate(ocopEvaluationPackById(packId!), subgroupCode!);
  }, [task.template.id]);
  const lines = templateCriteria(template);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const answers = Object.fromEntries(
    lines.map(({ criterion }) => {
      const raw = typed[criterion.code];
      return [criterion.code, raw === undefined || raw === '' ? 0 : Number(raw)];
    }),
  );
  const checked = scoreSheet(template, answers);
  const complete = lines.every(({ criterion }) => (typed[criterion.code] ?? '') !== '');
  const total = checked.ok ? checked.total : null;
  const stars = total === null ? null : starsForAverage(toCentipoints(total));
  const next = total === null ? null : pointsToNextStar(toCentipoints(total));
  const mandatoryShort = lines.filter(
    ({ criterion }) => criterion.mandatory && (answers[criterion.code] ?? 0) < criterion.minimumPoints,
  );
  const left = lines.filter(({ criterion }) => (typed[criterion.code] ?? '') === '').length;
  return { template, typed, setTyped, answers, checked, complete, total, stars, next, mandatoryShort, left };
}
