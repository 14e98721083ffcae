// Applicant: the dossier list, the multi-step dossier form and the inbox. English, the same shape as
// ../vi/applicant.ts (checked by the compiler).
import type { Shape } from '../shape';
import type { applicantVi } from '../vi/applicant';

export const applicantEn: Shape<typeof applicantVi> = {
  dossiers: {
    title: 'My dossiers',
    new: 'New dossier',
    filterStatus: 'Filter by status',
    allStatuses: 'All statuses',
    emptyTitle: 'You have no dossiers yet',
    emptyFiltered: 'No dossier has this status.',
    emptyText: 'Start with a draft; you can save it and complete it before submitting.',
    notSubmitted: 'Not submitted',
  },
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
  inbox: {
    title: 'Notifications',
    readAll: 'Mark all read',
    markRead: 'Mark read',
    empty: 'No notifications yet.',
    live: 'Receiving notifications live.',
    offline: 'Connecting to receive notifications live…',
    unreadMark: 'Unread',
    openDossier: 'Open the dossier',
  },
};
