import { BadRequestException, type PipeTransform } from '@nestjs/common';

/**
 * Task ids are `<application uuid>.<sequence>.<seat>` (task-rows.ts). Anything else, a NUL byte for one,
 * would reach PostgreSQL and fail there with a 500; it is refused here, before any query.
 */
const TASK_ID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.\d{1,9}\.\d{1,9}$/i;

/** `@Param('taskId', TaskIdParam)`: a malformed task id is a bilingual 400. */
export const TaskIdParam: PipeTransform<unknown, string> = {
  transform(value: unknown): string {
    if (typeof value === 'string' && TASK_ID_SHAPE.test(value)) return value.toLowerCase();
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Mã nhiệm vụ không hợp lệ.',
      messageEn: 'The task id is not valid.',
    });
  },
};
