import { Catch, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { isGrpcServiceError, ServiceError } from '@temporalio/client';
import type { Response } from 'express';

/** gRPC codes that mean "the server is not there right now", not "your request was wrong". */
const UNAVAILABLE_CODES = new Set([4 /* DEADLINE_EXCEEDED */, 14 /* UNAVAILABLE */]);

/** Temporal could not be reached (no connection, or the server went away during a call). */
export class TemporalUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`Temporal is unavailable: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'TemporalUnavailableError';
  }
}

/** Whether an error from a Temporal call says the server is away (a retry later may succeed). */
export function isTemporalUnavailable(error: unknown): boolean {
  if (error instanceof TemporalUnavailableError) return true;
  const grpc = error instanceof ServiceError ? error.cause : error;
  return isGrpcServiceError(grpc) && UNAVAILABLE_CODES.has(grpc.code);
}

/**
 * HTTP answer for a route whose Temporal call failed because Temporal is away: 503 with both languages
 * and Retry-After, never a 500 and never the client's raw message. Other Temporal service errors are a
 * plain 500 without their text. Applied per controller (`@UseFilters`), so Kafka handlers keep their own
 * failure path (retry topic, then DLQ).
 */
@Catch(TemporalUnavailableError, ServiceError)
export class TemporalUnavailableFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (isTemporalUnavailable(error)) {
      response.setHeader('Retry-After', '30');
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        message: 'Hệ thống điều phối quy trình tạm thời không truy cập được. Vui lòng thử lại sau ít phút.',
        messageEn: 'The workflow engine is temporarily unreachable. Please try again in a few minutes.',
      });
      return;
    }
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      message: 'Lỗi hệ thống, vui lòng thử lại sau.',
      messageEn: 'Internal error, please try again later.',
    });
  }
}
