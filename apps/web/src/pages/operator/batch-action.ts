// What a batch intervention does to each workflow, as the operator types it, and the body it becomes.
import type { OperatorActionBody } from '@kc/contracts';

export type ActionType = OperatorActionBody['type'];
export const ACTION_TYPES: ActionType[] = ['EXTEND_DEADLINE', 'REASSIGN', 'CANCEL'];

export interface ActionDraft {
  type: ActionType;
  workingDays: string;
  assigneeId: string;
  reason: string;
}

export const emptyDraft: ActionDraft = { type: 'EXTEND_DEADLINE', workingDays: '3', assigneeId: '', reason: '' };

export const toOperatorAction = ({ type, workingDays, assigneeId }: ActionDraft): OperatorActionBody =>
  type === 'EXTEND_DEADLINE'
    ? { type, workingDays: Number(workingDays) }
    : type === 'REASSIGN'
      ? { type, assigneeId: assigneeId.trim() }
      : { type };

/** The workflow ids pasted one per line or separated by spaces. */
export const parseWorkflowIds = (text: string): string[] =>
  text
    .split(/\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
