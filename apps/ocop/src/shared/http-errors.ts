import { httpError, type FieldError } from '@kc/platform';

export { httpError };

/** A 400 for fields the request schema could not check (they need the database or the OCOP pack). */
export const invalidRequest = (fields: FieldError[]) =>
  httpError(400, 'Dữ liệu gửi lên không hợp lệ.', 'The request is invalid.', fields);

export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
