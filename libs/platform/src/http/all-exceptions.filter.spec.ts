import { HttpException, type ArgumentsHost } from '@nestjs/common';
import type { AbstractHttpAdapter } from '@nestjs/core';
import { ThrottlerException } from '@nestjs/throttler';
import { firstValueFrom, type Observable } from 'rxjs';
import { DomainRefusalError } from '@kc/domain/approval';
import { AllExceptionsFilter } from './all-exceptions.filter';

/** Runs the filter on an HTTP request and returns what it answered. */
function answer(exception: unknown): { status: number; body: unknown } {
  const replies: { status: number; body: unknown }[] = [];
  const adapter = {
    reply: (_response: unknown, body: unknown, status: number) => replies.push({ status, body }),
    isHeadersSent: () => false,
    end: () => undefined,
  };
  const args = [{}, {}];
  const host = { getType: () => 'http', getArgs: () => args, getArgByIndex: (i: number) => args[i] };
  new AllExceptionsFilter(adapter as unknown as AbstractHttpAdapter).catch(exception, host as unknown as ArgumentsHost);
  return replies[0]!;
}

describe('AllExceptionsFilter', () => {
  it('answers a domain refusal with a 409, its code and both texts', () => {
    const refusal = { code: 'AWAITING_BUDGET', vi: 'Hồ sơ đang chờ bố trí ngân sách.', en: 'Waiting for budget.' };
    expect(answer(new DomainRefusalError(refusal))).toEqual({
      status: 409,
      body: { statusCode: 409, message: refusal.vi, messageEn: refusal.en, code: 'AWAITING_BUDGET' },
    });
  });

  it('answers a database that cannot be reached with a bilingual 503, not a 500', () => {
    const { status, body } = answer(new Error('Connection terminated due to connection timeout'));
    expect(status).toBe(503);
    expect(body).toMatchObject({
      message: 'Hệ thống đang bận, vui lòng thử lại sau ít phút.',
      messageEn: 'The service is busy; please try again in a few minutes.',
    });
  });

  it('answers an unexpected error with a bilingual 500 that hides its text', () => {
    const { status, body } = answer(new Error('relation "appraisals.secret" does not exist'));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(body).toMatchObject({
      message: 'Đã có lỗi xảy ra, vui lòng thử lại sau.',
      messageEn: 'Something went wrong.',
    });
  });

  it('answers the rate limiter’s English-only 429 in both languages, and leaves a bilingual 429 as it is', () => {
    const { status, body } = answer(new ThrottlerException());
    expect(status).toBe(429);
    expect(JSON.stringify(body)).not.toContain('ThrottlerException');
    expect(body).toMatchObject({ statusCode: 429, messageEn: 'Too many requests; please try again in a minute.' });
    const own = { statusCode: 429, message: 'Tài khoản tạm khoá.', messageEn: 'Account locked for now.' };
    expect(answer(new HttpException(own, 429))).toEqual({ status: 429, body: own });
  });

  it('hands a Kafka handler’s own error back to the inbox, so the dead-letter reason names it', async () => {
    const failure = new Error('duplicate key value violates unique constraint "timeline_pkey"');
    const host = { getType: () => 'rpc', getArgs: () => [], getArgByIndex: () => undefined };
    const filter = new AllExceptionsFilter({} as AbstractHttpAdapter);
    const answered = filter.catch(failure, host as unknown as ArgumentsHost) as Observable<never>;
    await expect(firstValueFrom(answered)).rejects.toBe(failure);
  });
});
