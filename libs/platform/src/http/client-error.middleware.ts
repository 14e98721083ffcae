import type { NextFunction, Request, Response } from 'express';

/**
 * Errors raised before Nest's router (body parsers: malformed JSON, a body too large) answer with their
 * status and a bilingual message, never with Express's default page and its stack trace.
 */
export function clientErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const raw = (error as { status?: unknown } | null)?.status;
  const status = typeof raw === 'number' && raw >= 400 && raw < 500 ? raw : 500;
  const [message, messageEn] =
    status === 413
      ? ['Dữ liệu quá lớn.', 'The body is too large.']
      : status < 500
        ? ['Dữ liệu gửi lên không hợp lệ.', 'The request is invalid.']
        : ['Đã có lỗi xảy ra, vui lòng thử lại sau.', 'Something went wrong.'];
  res.status(status).json({ statusCode: status, message, messageEn });
}
