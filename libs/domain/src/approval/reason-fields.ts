import type { DomainRefusal } from '../refusals/domain-refusal';
import { missingField } from './approval-refusals';
import type { ApprovalTransition } from './procedure.types';
import type { OfficerAction } from './officer-action';

const needsText = (text: unknown) => typeof text !== 'string' || text.trim().length < 5;

/** The first reason field the table asks for that the action leaves empty (under 5 characters). */
export function missingReason(row: ApprovalTransition, action: OfficerAction): DomainRefusal | undefined {
  const fields = action as Partial<Record<string, unknown>> & { items?: { reasonVi: string }[] };
  const missing = row.needs.find((field) =>
    field === 'items'
      ? !fields.items || fields.items.length === 0 || fields.items.some((i) => needsText(i.reasonVi))
      : needsText(fields[field]),
  );
  return missing && missingField[missing];
}
