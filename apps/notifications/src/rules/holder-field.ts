/**
 * The payload field OCOP events name the product's holder by: the subject owner's account id, null when the
 * subject was registered on paper (then nobody is told, and that is not an error). `subjectId` is an OCOP
 * subject, not an account: never a recipient.
 */
export const HOLDER_FIELD = 'holderId';
