// The home page: the programmes, their rules and the support estimator. English, the same shape as
// ../vi/programmes.ts (checked by the compiler).
import type { Shape } from '../shape';
import type { programmesVi } from '../vi/programmes';

export const programmesEn: Shape<typeof programmesVi> = {
  home: {
    title: 'Industrial promotion support for rural industrial establishments',
    intro:
      'Apply online for industrial promotion support: choose a programme, estimate the support, upload documents and follow your dossier without visiting an office.',
    ctaStart: 'Apply online',
    ctaLookup: 'Look up a dossier',
    programsTitle: 'Support programmes',
    tierCommune: 'Since 1 July 2025, dossiers are received by the commune or ward where the establishment operates.',
    tierDistrict: 'Dossiers are received by the district where the establishment operates.',
    legalBasis: 'Legal basis',
    applicants: 'Who may apply',
    documents: 'Documents required ({count})',
    estimateTitle: 'Support estimate',
    estimateIntro: 'An estimate under the rules in force; the appraising office decides the final amount.',
    estimateProgram: 'Programme',
    estimateButton: 'Estimate the support',
    estimateResult: 'Estimated support',
  },
  rule: {
    percent: 'Up to {percent} of the cost, at most {cap} per {unit}',
    perModel: 'model',
    perEstablishment: 'establishment',
    wholeLine: 'A whole technology line raises the cap to {cap}',
    interest: '{share} of the loan interest, up to {months} months, at most {cap} per establishment',
  },
  establishmentType: {
    SME: 'Small or medium enterprise',
    COOPERATIVE: 'Cooperative',
    COOPERATIVE_GROUP: 'Cooperative group',
    HOUSEHOLD_BUSINESS: 'Household business',
  },
  cost: {
    eligibleCost: 'Expected eligible cost (VND)',
    eligibleCostHint: 'Total of the supported cost items, e.g. 600.000.000',
    wholeLine: 'Investment in a whole technology line',
    loanAmount: 'Loan amount (VND)',
    loanAmountHint: 'As in the credit contract, e.g. 2.000.000.000',
    rate: 'Interest rate (% a year)',
    rateHint: 'e.g. 9,5',
    months: 'Months of interest supported',
    monthsHint: 'At most {max} months',
    equals: '= {money}',
  },
};
