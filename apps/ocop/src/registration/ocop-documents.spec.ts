import { requiredDocuments } from './ocop-documents';

describe('documents an OCOP dossier must hold (domain.md §2.7)', () => {
  it.each([
    [true, false, ['REGISTRATION_FORM', 'BUSINESS_PLAN', 'ORGANISATION_FORM', 'LICENCE_COPY', 'SAMPLES']],
    [false, false, ['REGISTRATION_FORM', 'BUSINESS_PLAN', 'ORGANISATION_FORM', 'SAMPLES']],
    [true, true, ['REGISTRATION_FORM', 'BUSINESS_PLAN', 'ORGANISATION_FORM', 'LICENCE_COPY']],
    [false, true, ['REGISTRATION_FORM', 'BUSINESS_PLAN', 'ORGANISATION_FORM']],
  ])('registered subject %s, service product %s → %o', (hasTaxCode, isService, expected) => {
    expect(requiredDocuments({ hasTaxCode, isService })).toEqual(expected);
  });
});
