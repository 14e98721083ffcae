// Texts several screens share: statuses, errors, the timeline, the viewer, 404 and 403. English, the same
// shape as ../vi/common.ts (checked by the compiler).
import type { Shape } from '../shape';
import type { commonVi } from '../vi/common';

export const commonEn: Shape<typeof commonVi> = {
  status: {
    DRAFT: 'Draft',
    SUBMITTED: 'Submitted',
    IN_REVIEW: 'In review',
    AWAITING_SUPPLEMENT: 'Awaiting supplement',
    APPROVED: 'Approved',
    COMPLETED: 'Completed',
    CLOSED: 'Closed',
    WITHDRAWN: 'Withdrawn',
  },
  errors: {
    network: 'The server cannot be reached. Check the connection and try again.',
    server: 'The server has a problem. Please try again in a few minutes.',
    rateLimited: 'Too many attempts. Please wait a moment and try again.',
    unauthorized: 'Please sign in again.',
    forbidden: 'You may not do this.',
    notFound: 'Not found.',
    tooLarge: 'The file is too large: 10 MB at most.',
    badType: 'File type not accepted. Only PDF, JPEG, PNG, DOCX and XLSX (judged from the content).',
    generic: 'Something went wrong.',
    units: 'The list of administrative units could not be loaded.',
  },
  timeline: { empty: 'Nothing has happened yet.' },
  viewer: {
    view: 'View',
    noPreview: 'This file type cannot be previewed; download it.',
  },
  notFound: {
    title: 'Page not found',
    text: 'This address does not exist or has changed.',
    home: 'Back to the home page',
  },
  forbidden: { title: 'Not allowed', text: 'Your account cannot use this page.' },
};
