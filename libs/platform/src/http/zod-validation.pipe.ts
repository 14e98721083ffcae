import { BadRequestException, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import type { ErrorBody, FieldProblem } from '@kc/contracts';
import { splitBilingual } from './bilingual';

/** One invalid field, as every service reports it (@kc/contracts' FieldProblem). */
export type FieldError = FieldProblem;

const vietnamese = z.locales.vi();

/**
 * Validates a request part against a zod schema. A rejected request is a 400 listing every field with a
 * Vietnamese and an English message; nothing after the pipe runs, so nothing is written.
 */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    const english = this.schema.safeParse(value);
    if (english.success) return english.data;
    const vi = this.schema.safeParse(value, { error: vietnamese.localeError });
    const viIssues = vi.success ? [] : vi.error.issues;
    const fields: FieldError[] = english.error.issues.map((issue, i) => {
      const field = issue.path.join('.') || '(body)';
      const custom = splitBilingual(issue.message);
      return {
        field,
        messageVi: custom?.vi ?? viIssues[i]?.message ?? issue.message,
        messageEn: custom?.en ?? issue.message,
      };
    });
    const body: ErrorBody = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Dữ liệu gửi lên không hợp lệ.',
      messageEn: 'The request is invalid.',
      fields,
    };
    throw new BadRequestException(body);
  }
}

/** `@Body(validate(schema))` */
export const validate = <S extends z.ZodType>(schema: S) => new ZodValidationPipe(schema);
