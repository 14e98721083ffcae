import { HttpException } from '@nestjs/common';
import type { FieldError } from '@kc/platform';

/** A 4xx with a Vietnamese message first and the English beside it, in the shape validation errors use. */
export function httpError(status: number, messageVi: string, messageEn: string, fields: FieldError[] = []) {
  return new HttpException({ statusCode: status, message: messageVi, messageEn, fields }, status);
}

/** A 400 for fields the request schema could not check (they need the database or the OCOP pack). */
export const invalidRequest = (fields: FieldError[]) =>
  httpError(400, 'Dữ liệu gửi lên không hợp lệ.', 'The request is invalid.', fields);

export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
