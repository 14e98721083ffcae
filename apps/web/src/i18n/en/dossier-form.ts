// Applicant: the multi-step dossier form. English, the same shape as ../vi/dossier-form.ts (checked by the
// compiler).
import type { Shape } from '../shape';
import type { dossierFormVi } from '../vi/dossier-form';

export const dossierFormEn: Shape<typeof dossierFormVi> = {
  form: {
    newTitle: 'New support application',
    editTitle: 'Edit the dossier',
    steps: 'Steps',
    step: { program: 'Programme', establishment: 'Establishment', cost: 'Cost and office', review: 'Review' },
    program: 'Support programme',
    title: 'Project title / what the support is for',
    titleHint: 'e.g. CNC machining for precision engineering',
    establishment: 'Establishment',
    estName: 'Establishment name',
    estType: 'Type',
    choose: '— Choose —',
    taxCode: 'Tax code',
    taxCodeHint: '10 digits, or 10-3 for a branch. Household businesses without one may leave it empty.',
    address: 'Production address',
    phone: 'Phone number',
    localUnit: 'Receiving office (commune or ward)',
    localUnitHint: 'The commune or ward where the establishment operates (boundaries from 1 July 2025).',
    chooseUnit: '— Choose a commune or ward —',
    costSection: 'Costs for which support is requested',
    docsAfter: 'Once the draft is saved you upload {count} documents and submit.',
    create: 'Save the draft',
  },
};
