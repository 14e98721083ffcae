// Public lookups: a dossier by its code, an OCOP certificate by its number. English, the same shape as
// ../vi/lookup.ts (checked by the compiler).
import type { Shape } from '../shape';
import type { lookupVi } from '../vi/lookup';

export const lookupEn: Shape<typeof lookupVi> = {
  lookup: {
    title: 'Dossier lookup',
    intro: 'Enter the dossier code (like KC-2026-000123) and the lookup secret printed on the receipt.',
    code: 'Dossier code',
    codeHint: 'e.g. KC-2026-000123',
    secret: 'Lookup secret',
    secretHint: 'Not case-sensitive',
    button: 'Look up',
    searching: 'Looking up…',
    stage: 'Current step',
  },
  certificate: {
    title: 'OCOP certificate lookup',
    intro: 'Enter the certificate number printed on the product label; no sign-in needed.',
    number: 'Certificate number',
    numberHint: 'e.g. OCOP-DN-2026-000001',
    button: 'Look up',
    holder: 'Holder',
    unit: 'Locality',
    issuedBy: 'Issued by',
    validity: 'Validity',
    status: 'Status',
  },
};
