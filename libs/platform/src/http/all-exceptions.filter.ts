import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { throwError, type Observable } from 'rxjs';
import { DomainRefusalError } from '@kc/domain/approval';
import { isDatabaseUnavailable } from '@kc/persistence';
import { refusalResponse } from './domain-refusal.response';

/** PostgreSQL codes for input it cannot read (bad uuid or number, value too long or out of range). */
const BAD_INPUT_CODES = new Set(['22P02', '22003', '22001', '22007', '22008']);

const badRequest = () =>
  new HttpException(
    { statusCode: 400, message: 'Dữ liệu gửi lên không hợp lệ.', messageEn: 'The request is invalid.' },
    400,
  );
const internal = () =>
  new HttpException(
    { statusCode: 500, message: 'Đã có lỗi xảy ra, vui lòng thử lại sau.', messageEn: 'Something went wrong.' },
    500,
  );

/** The database cannot be reached now: worth retrying, and not the client's fault nor a bug of ours. */
const databaseUnavailable = () =>
  new HttpException(
    {
      statusCode: 503,
      message: 'Hệ thống đang bận, vui lòng thử lại sau ít phút.',
      messageEn: 'The service is busy; please try again in a few minutes.',
    },
    503,
  );

/** The rate limiter (@nestjs/throttler) answers in English only; every 429 tells the person in both languages. */
const tooManyRequests = () =>
  new HttpException(
    {
      statusCode: 429,
      message: 'Quá nhiều yêu cầu, vui lòng thử lại sau một phút.',
      messageEn: 'Too many requests; please try again in a minute.',
    },
    429,
  );
const isBareTooManyRequests = (e: HttpException) => e.getStatus() === 429 && typeof e.getResponse() === 'string';

/** An Express/body-parser error carries its own 4xx status (malformed JSON, body too large, bad charset). */
function clientStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * The one place an error becomes an answer: a domain refusal (`DomainRefusalError`, whatever service or
 * workflow refused) is a 409 with its code and both texts; for an unexpected error the client gets a
 * bilingual message and never the exception's own text (SQL, file paths, stack); the details go to the
 * log. A Kafka handler's error is rethrown as it is: Nest's default RPC handling would turn it into
 * "Internal server error", and the inbox needs the original to retry it and to tell operators, in the
 * dead-letter queue, why it failed.
 */
@Catch()
export class AllExceptionsFilter extends BaseExceptionFilter {
  private readonly log = new Logger('AllExceptionsFilter');

  override catch(exception: unknown, host: ArgumentsHost): void | Observable<never> {
    if (host.getType() !== 'http') return throwError(() => exception);
    if (exception instanceof HttpException)
      return super.catch(isBareTooManyRequests(exception) ? tooManyRequests() : exception, host);
    if (exception instanceof DomainRefusalError) return super.catch(refusalResponse(exception.refusal), host);
    const code = (exception as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && BAD_INPUT_CODES.has(code)) return super.catch(badRequest(), host);
    const status = clientStatus(exception);
    if (status === 413)
      return super.catch(
        new HttpException({ statusCode: 413, message: 'Dữ liệu quá lớn.', messageEn: 'The body is too large.' }, 413),
        host,
      );
    if (status) return super.catch(badRequest(), host);
    if (isDatabaseUnavailable(exception)) {
      this.log.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      const response = host.getArgByIndex<{ setHeader?: (name: string, value: string) => void } | undefined>(1);
      response?.setHeader?.('Retry-After', '5');
      return super.catch(databaseUnavailable(), host);
    }
    this.log.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return super.catch(internal(), host);
  }
}
