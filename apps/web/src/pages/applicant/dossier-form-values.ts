// The dossier form's values: their schema, and the conversions from a draft and back to one.
import { z } from 'zod';
import { programCodeSchema } from '@kc/contracts';
import type { ApplicantType, DossierDraft, Program } from '../../api/types';
import { groupDigits } from '../../format';
import { costFromText, type CostText } from '../../ui/cost-text';

/** The form's own schema; the server re-checks everything and answers bilingual field problems. */
export const schema = z.object({
  programCode: programCodeSchema,
  title: z.string().trim().min(3, 'validation.title'),
  establishment: z.object({
    name: z.string().trim().min(2, 'validation.estName'),
    // The types come from the programmes (GET /programs), which the server checks the choice against.
    type: z.string().min(1, 'validation.estType'),
    taxCode: z
      .string()
      .trim()
      .regex(/^(\d{10}(-\d{3})?)?$/, 'validation.taxCode'),
    address: z.string().trim().min(5, 'validation.address'),
    phone: z
      .string()
      .trim()
      .regex(/^((\+84|0)\d{9,10})?$/, 'validation.phone'),
  }),
  localUnitCode: z.string().min(2, 'validation.localUnit'),
  cost: z.object({
    eligibleCost: z.string().optional(),
    wholeLine: z.boolean().optional(),
    loanAmount: z.string().optional(),
    rate: z.string().optional(),
    months: z.string().optional(),
  }),
});
export type DossierFormValues = z.infer<typeof schema>;

export const STEPS = ['program', 'establishment', 'cost', 'review'] as const;
export const STEP_FIELDS: Record<(typeof STEPS)[number], string[]> = {
  program: ['programCode', 'title'],
  establishment: ['establishment'],
  cost: ['localUnitCode', 'cost'],
  review: [],
};

export function toFormValues(d?: Partial<DossierDraft>): DossierFormValues {
  const c = (d?.cost ?? {}) as Record<string, number | boolean | undefined>;
  return {
    programCode: d?.programCode ?? ('' as DossierFormValues['programCode']),
    title: d?.title ?? '',
    establishment: {
      name: d?.establishment?.name ?? '',
      type: d?.establishment?.type ?? '',
      taxCode: d?.establishment?.taxCode ?? '',
      address: d?.establishment?.address ?? '',
      phone: d?.establishment?.phone ?? '',
    },
    localUnitCode: d?.localUnitCode ?? '',
    cost: {
      eligibleCost: typeof c.eligibleCostVnd === 'number' ? groupDigits(c.eligibleCostVnd) : '',
      wholeLine: !!c.wholeTechnologyLine,
      loanAmount: typeof c.loanAmountVnd === 'number' ? groupDigits(c.loanAmountVnd) : '',
      rate: typeof c.annualInterestRate === 'number' ? String(c.annualInterestRate / 100).replace('.', ',') : '',
      months: typeof c.months === 'number' ? String(c.months) : '',
    },
  };
}

/** The amount a reviewer reads first: the eligible cost, or the loan. */
export function costAmount(program: Program, c: CostText): number | null {
  const cost = costFromText(program, c);
  if (!cost) return null;
  return ('loanAmountVnd' in cost ? cost.loanAmountVnd : cost.eligibleCostVnd) ?? null;
}

export function toDraft(v: DossierFormValues, program: Program): DossierDraft | null {
  const cost = costFromText(program, v.cost);
  if (!cost) return null;
  const e = v.establishment;
  return {
    programCode: v.programCode,
    title: v.title.trim(),
    establishment: {
      name: e.name.trim(),
      type: e.type as ApplicantType,
      address: e.address.trim(),
      ...(e.taxCode ? { taxCode: e.taxCode } : {}),
      ...(e.phone ? { phone: e.phone } : {}),
    },
    localUnitCode: v.localUnitCode,
    cost,
  };
}
