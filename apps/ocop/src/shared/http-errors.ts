import { httpError, type FieldError } from '@kc/platform';

/** A 400 for fields the request schema could not check (they need the database or the OCOP pack). */
export const invalidRequest = (fields: FieldError[]) =>
  httpError(400, 'Dữ liệu gửi lên không hợp lệ.', 'The request is invalid.', fields);
