import { HttpException } from '@nestjs/common';

export interface FieldProblem {
  field: string;
  messageVi: string;
  messageEn: string;
}

/** A 4xx with a Vietnamese message first and the English beside it, in the shape validation errors use. */
export function httpError(status: number, messageVi: string, messageEn: string, fields: FieldProblem[] = []) {
  return new HttpException({ statusCode: status, message: messageVi, messageEn, fields }, status);
}

export const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
