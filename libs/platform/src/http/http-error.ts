import { HttpException } from '@nestjs/common';
import type { ErrorBody } from '@kc/contracts';
import type { FieldError } from './zod-validation.pipe';

/**
 * A 4xx every service answers in one shape (@kc/contracts' ErrorBody): the Vietnamese message first, the
 * English beside it, and the fields at fault in the shape validation errors use (so the web shows both
 * the same way).
 */
export function httpError(status: number, messageVi: string, messageEn: string, fields: FieldError[] = []) {
  const body: ErrorBody = { statusCode: status, message: messageVi, messageEn, fields };
  return new HttpException(body, status);
}
