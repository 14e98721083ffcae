import type { Stage } from '@kc/contracts';
import { isLocalStage } from './procedure-rules';

/** The Department of Industry and Trade, which owns every stage after the local ones. */
export const DEPARTMENT_UNIT = 'DN-SCT';

/** Which unit owns a stage: the dossier's local unit for reception and local review, else the Department. */
export function unitOfStage(stage: Stage, localUnitCode: string): string {
  return isLocalStage(stage) ? localUnitCode : DEPARTMENT_UNIT;
}
