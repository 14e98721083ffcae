import { BadRequestException, type PipeTransform } from '@nestjs/common';

/**
 * The 8-4-4-4-12 hexadecimal shape PostgreSQL's `uuid` type reads. Anything else (36 dashes, 36 hex digits,
 * a file name) would reach the database and fail there; it is refused here instead.
 */
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_SHAPE.test(value);
}

/** `@Param('id', IdParam)`: a malformed id is a bilingual 400, before any query runs. */
export class IdParamPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (isUuid(value)) return value.toLowerCase();
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Mã định danh không hợp lệ.',
      messageEn: 'The id is not a valid UUID.',
    });
  }
}

export const IdParam = new IdParamPipe();
