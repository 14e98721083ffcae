import { HttpException } from '@nestjs/common';

export interface Problem {
  field: string;
  messageVi: string;
  messageEn: string;
}

/** A 4xx with a Vietnamese message first and the English beside it, in the shape validation errors use. */
export function httpError(status: number, messageVi: string, messageEn: string, fields: Problem[] = []): HttpException {
  return new HttpException({ statusCode: status, message: messageVi, messageEn, fields }, status);
}

export const notFound = () => httpError(404, 'Không tìm thấy hồ sơ.', 'Dossier not found.');
