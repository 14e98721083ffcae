import type { OcopStep } from '@kc/workflows';
import { awardStepHandlers } from './award-step-handlers';
import { councilStepHandlers } from './council-step-handlers';
import { aboutProduct, base } from './ocop-step-queries';
import type { StepHandlers } from './step-write';

export type { StepWrite } from './step-write';

/**
 * One small handler per step kind: each applies its step to the ocop tables (the projection of the
 * workflow state the API reads) and returns the events it publishes; the caller writes both in one
 * transaction.
 */
export const stepHandlers: StepHandlers<OcopStep['kind']> = {
  async EVALUATION_STARTED({ m, i, step, event }) {
    const [p] = await m.query(`SELECT name FROM ocop.products WHERE id = $1`, [i.productId]);
    return [event('OcopEvaluationStarted', { ...base(i), productName: p.name, levels: step.levels, startedAt: i.at })];
  },
  async COMMUNE_REPORTED({ m, i, step }) {
    await m.query(`UPDATE ocop.evaluations SET commune_report = $2 WHERE id = $1`, [
      i.evaluationId,
      JSON.stringify({ by: step.by, summary: step.summary, at: i.at }),
    ]);
    return [];
  },
  async EVALUATION_ABANDONED({ m, i, step, event }) {
    const { level, reason, by } = step;
    await m.query(`UPDATE ocop.evaluations SET abandonment = $2 WHERE id = $1`, [
      i.evaluationId,
      JSON.stringify({ by, reason, level, at: i.at }),
    ]);
    const about = await aboutProduct(m, i);
    return [event('OcopEvaluationAbandoned', { ...about, level, reason, abandonedBy: by, abandonedAt: i.at })];
  },
  async EVALUATION_ENDED({ m, i, step, at }) {
    await m.query(`UPDATE ocop.evaluations SET stage = $2, ended_at = $3 WHERE id = $1`, [
      i.evaluationId,
      step.stage,
      at,
    ]);
    return [];
  },
  ...councilStepHandlers,
  ...awardStepHandlers,
};
