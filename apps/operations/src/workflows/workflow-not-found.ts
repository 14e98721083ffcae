import { HttpException } from '@nestjs/common';
import { isWorkflowNotFound } from '@kc/temporal';

/** Rethrows Temporal's "no such workflow" as a bilingual 404; any other error as it is. */
export function rethrowNotFound(error: unknown): never {
  if (isWorkflowNotFound(error))
    throw new HttpException(
      { statusCode: 404, message: 'Không tìm thấy quy trình.', messageEn: 'No such workflow.' },
      404,
    );
  throw error;
}
