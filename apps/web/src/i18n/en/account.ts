// Login, registration and the form validation messages. English, the same shape as ../vi/account.ts
// (checked by the compiler).
import type { Shape } from '../shape';
import type { accountVi } from '../vi/account';

export const accountEn: Shape<typeof accountVi> = {
  auth: {
    loginTitle: 'Sign in',
    registerTitle: 'Create an account',
    email: 'E-mail',
    password: 'Password',
    passwordHint: 'At least 10 characters.',
    confirmPassword: 'Repeat the password',
    fullName: 'Representative’s full name',
    fullNameHint: 'e.g. Nguyễn Văn An',
    loginButton: 'Sign in',
    registerButton: 'Register',
    noAccount: 'No account yet?',
    haveAccount: 'Already registered?',
  },
  validation: {
    email: 'Not a valid e-mail address.',
    password: 'Please enter your password.',
    passwordLength: 'The password needs at least 10 characters.',
    passwordMismatch: 'The two passwords differ.',
    fullName: 'Please enter a full name (at least 2 characters).',
    title: 'The title needs at least 3 characters.',
    program: 'Please choose a programme.',
    estName: 'Please enter a name (at least 2 characters).',
    estType: 'Please choose the type.',
    taxCode: 'A tax code has 10 digits (or 10 digits - 3 digits).',
    address: 'The address needs at least 5 characters.',
    phone: 'A phone number has 10–11 digits and starts with 0 or +84.',
    localUnit: 'Please choose the commune or ward.',
    cost: 'Please enter the cost: an amount above 0 (and the rate and months for the interest programme).',
    dossierCode: 'A dossier code looks like KC-2026-000123.',
    secret: 'The lookup secret has at least 4 characters.',
    reason: 'A reason or note of at least 5 characters is required.',
    choose: 'Please choose one option.',
    amount: 'Enter an amount above 0 (VND).',
    supplementItems: 'Choose at least one document to supplement.',
    supplementReason: 'Each document to supplement needs a reason (at least 5 characters).',
    productName: 'The product name needs at least 2 characters.',
  },
};
