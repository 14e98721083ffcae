import { z } from 'zod';
import { approvalProcedure, type OfficerAction, type ReasonField } from '@kc/domain';

const text = z.string().trim().min(1).max(2000);
const supplementItems = z
  .array(z.strictObject({ documentCode: z.string().min(2).max(40), reasonVi: text }))
  .min(1)
  .max(20);

/** The shape of each reason field the procedure table can ask for (their length rule is the workflow's). */
const reasonFields: Readonly<Record<ReasonField, z.ZodType>> = { reason: text, note: text, items: supplementItems };

/** What each action carries besides the reason fields the procedure table names. */
const ownFields: Readonly<Record<OfficerAction['type'], z.ZodRawShape>> = {
  ACCEPT: {},
  REQUEST_SUPPLEMENT: {},
  REFUSE: {},
  RECOMMEND: { supports: z.boolean() },
  RETURN_TO_LOCAL: {},
  PROPOSE_AMOUNT: { amountVnd: z.number().int().positive(), note: text.optional() },
  DECLARE_CONFLICT: { hasConflict: z.boolean() },
  VOTE: { approve: z.boolean(), note: text.optional() },
  APPROVE: {},
  DECLINE: {},
  RECORD_ACCEPTANCE: { passed: z.boolean() },
  RECORD_DISBURSEMENT: { amountVnd: z.number().int().positive() },
  REASSIGN: { assigneeId: z.string().trim().min(1).max(100) },
  EXTEND_DEADLINE: { workingDays: z.number().int() },
  CANCEL: {},
};
export type ActionType = OfficerAction['type'];

/** The reason fields an action needs wherever the procedure offers it (stage rows and operators' row). */
function neededFields(type: ActionType): z.ZodRawShape {
  const rows = [
    ...Object.values(approvalProcedure.stages).map((stage) => stage.actions[type as keyof typeof stage.actions]),
    approvalProcedure.anyOpenStage[type as keyof typeof approvalProcedure.anyOpenStage],
  ];
  const needs = new Set(rows.flatMap((row) => row?.needs ?? []));
  return Object.fromEntries([...needs].map((field) => [field, reasonFields[field]]));
}

/** The body of each officer action, by action type (the workflow's validator judges the rest). */
export const actionBodies = Object.fromEntries(
  (Object.keys(ownFields) as ActionType[]).map((type) => [
    type,
    z.strictObject({ ...ownFields[type], ...neededFields(type) }),
  ]),
) as Readonly<Record<ActionType, z.ZodObject>>;

/** `POST /approvals/:id/actions` takes `{ type, ...body }`. */
export const actionSchema = z.discriminatedUnion(
  'type',
  Object.entries(actionBodies).map(([type, body]) => body.extend({ type: z.literal(type) })) as unknown as [
    z.ZodObject<{ type: z.ZodLiteral<ActionType> }>,
    ...z.ZodObject<{ type: z.ZodLiteral<ActionType> }>[],
  ],
);

/** Inbox routes name actions in kebab case: `request-supplement` → REQUEST_SUPPLEMENT. */
export function actionFromPath(segment: string): ActionType | undefined {
  const type = segment.toUpperCase().replace(/-/g, '_');
  return Object.prototype.hasOwnProperty.call(actionBodies, type) ? (type as ActionType) : undefined;
}
