import { HttpException } from '@nestjs/common';
import type { DomainRefusal } from '@kc/domain/approval';

/**
 * A domain refusal as every service answers it: 409 Conflict (the request was understood; the procedure
 * does not allow it now), the Vietnamese text first, the English beside it, and the refusal's code.
 */
export function refusalResponse(refusal: DomainRefusal): HttpException {
  return new HttpException({ statusCode: 409, message: refusal.vi, messageEn: refusal.en, code: refusal.code }, 409);
}
