// The frame of every page: the application, its navigation and the flash messages. English, the same shape
// as ../vi/frame.ts (checked by the compiler).
import type { Shape } from '../shape';
import type { frameVi } from '../vi/frame';

export const frameEn: Shape<typeof frameVi> = {
  app: {
    name: 'Khuyến công Đồng Nai',
    department: 'Đồng Nai Department of Industry and Trade',
    footer: 'Đồng Nai Industrial Promotion and Development Consulting Centre · Department of Industry and Trade',
    skip: 'Skip to the main content',
    loading: 'Loading…',
    saving: 'Saving…',
    retry: 'Try again',
    back: 'Back',
    continue: 'Continue',
    cancel: 'Cancel',
    save: 'Save',
    optional: 'optional',
    prev: 'Previous page',
    next: 'Next page',
    pageOf: 'Page {page}/{pages} · {total} items',
    pagination: 'Pagination',
  },
  nav: {
    main: 'Main navigation',
    home: 'Home',
    lookup: 'Dossier lookup',
    certificate: 'OCOP certificate lookup',
    myDossiers: 'My dossiers',
    ocop: 'OCOP products',
    tasks: 'Tasks',
    approvals: 'Approvals',
    operations: 'Operations',
    council: 'OCOP council',
    inbox: 'Notifications',
    unread: '{count} unread notifications',
    login: 'Sign in',
    register: 'Register',
    logout: 'Sign out',
    switchLang: 'Tiếng Việt',
  },
  flash: {
    mustLogin: 'Please sign in to continue.',
    sessionExpired: 'Your session has expired; please sign in again.',
    loggedOut: 'You have signed out.',
    registered: 'Registration received. Sign in with the e-mail and password you just chose.',
  },
};
