import type { Stage } from '@kc/contracts';
import { approvalProcedure } from './approval-procedure';
import type { ApprovalStageSpec, ApprovalTransition, OperatorActionType } from './procedure.types';
import type { OfficerAction } from './officer-action';

const operatorActions: readonly string[] = Object.keys(approvalProcedure.anyOpenStage);

/** The row of the procedure table for an action at a stage; undefined when the stage has no such action. */
export function transitionAt(stage: Stage, type: OfficerAction['type']): ApprovalTransition | undefined {
  if (isOperatorActionType(type)) return isFinalStage(stage) ? undefined : approvalProcedure.anyOpenStage[type];
  return approvalProcedure.stages[stage]?.actions[type];
}

/** The stages an action leads through (empty: the dossier stays), for the outcome when the table asks for one. */
export function pathOf(transition: ApprovalTransition, outcome?: string): readonly Stage[] {
  const to = transition.to;
  const path =
    to !== null && typeof to === 'object' && !Array.isArray(to) ? (to as Record<string, unknown>)[outcome ?? ''] : to;
  if (path === undefined) throw new RangeError(`the procedure has no way on for outcome ${outcome}`);
  return path === null ? [] : typeof path === 'string' ? [path as Stage] : (path as readonly Stage[]);
}

/** The task a stage opens in the inbox, and the actions it offers. */
export function stageTask(stage: Stage): (NonNullable<ApprovalStageSpec['task']> & { actions: string[] }) | null {
  const spec = approvalProcedure.stages[stage];
  return spec?.task ? { ...spec.task, actions: Object.keys(spec.actions) } : null;
}

/** The stages that open a task in the inbox, in the procedure's order (the inbox's stage filter). */
export const stagesWithTasks: readonly Stage[] = (Object.keys(approvalProcedure.stages) as Stage[]).filter(
  (stage) => approvalProcedure.stages[stage].task !== null,
);

/** Stages whose officer must belong to the dossier's local unit. */
export function isLocalStage(stage: Stage): boolean {
  return approvalProcedure.stages[stage]?.task?.unit === 'LOCAL';
}

/** The dossier has reached an end state; nothing more happens to it. */
export function isFinalStage(stage: string): boolean {
  return approvalProcedure.endStages.includes(stage as Stage);
}

export function isOperatorActionType(type: string): type is OperatorActionType {
  return operatorActions.includes(type);
}

export function isOperatorAction(
  action: OfficerAction,
): action is Extract<OfficerAction, { type: OperatorActionType }> {
  return isOperatorActionType(action.type);
}
