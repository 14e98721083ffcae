import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@kc/auth';
import { validate } from '@kc/platform';
import { digestRunSchema, type DigestRunRequest } from './digest.schemas';
import { DigestService, type DigestReport } from './digest.service';

@ApiTags('digest')
@Controller('digest')
export class DigestController {
  constructor(private readonly digest: DigestService) {}

  /** Runs today's digest now; a person who already got today's digest is not sent a second one. */
  @Post('run')
  @HttpCode(200)
  @Authenticated('OPERATOR', 'ADMIN')
  @ApiOperation({ summary: 'Gửi bản tổng hợp việc hôm nay ngay / run the daily task digest now' })
  run(@Body(validate(digestRunSchema)) body: DigestRunRequest): Promise<DigestReport> {
    return this.digest.run(new Date(), body.unitCode);
  }
}
