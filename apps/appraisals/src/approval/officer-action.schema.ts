import { z } from 'zod';

const text = z.string().trim().min(1).max(2000);

/** The body of each officer action, by action type (the workflow's validator judges the rest). */
export const actionBodies = {
  ACCEPT: z.strictObject({}),
  REQUEST_SUPPLEMENT: z.strictObject({
    items: z
      .array(z.strictObject({ documentCode: z.string().min(2).max(40), reasonVi: text }))
      .min(1)
      .max(20),
  }),
  REFUSE: z.strictObject({ reason: text }),
  RECOMMEND: z.strictObject({ supports: z.boolean(), note: text }),
  RETURN_TO_LOCAL: z.strictObject({ reason: text }),
  PROPOSE_AMOUNT: z.strictObject({ amountVnd: z.number().int().positive(), note: text.optional() }),
  DECLARE_CONFLICT: z.strictObject({ hasConflict: z.boolean() }),
  VOTE: z.strictObject({ approve: z.boolean(), note: text.optional() }),
  APPROVE: z.strictObject({}),
  DECLINE: z.strictObject({ reason: text }),
  RECORD_ACCEPTANCE: z.strictObject({ passed: z.boolean(), note: text }),
  RECORD_DISBURSEMENT: z.strictObject({ amountVnd: z.number().int().positive() }),
  REASSIGN: z.strictObject({ assigneeId: z.string().trim().min(1).max(100), reason: text }),
  EXTEND_DEADLINE: z.strictObject({ workingDays: z.number().int(), reason: text }),
  CANCEL: z.strictObject({ reason: text }),
} as const;
export type ActionType = keyof typeof actionBodies;

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
