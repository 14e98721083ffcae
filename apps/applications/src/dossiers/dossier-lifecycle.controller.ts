import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { validate, IdParam } from '@kc/platform';
import { withdrawSchema } from './dossier.schemas';
import { SupplementAnswerService } from './supplement-answer.service';
import { WithdrawalService } from './withdrawal.service';

/** The applicant's steps after submission: answering a supplement request, withdrawing. */
@ApiTags('dossiers')
@Controller('applications')
@Authenticated('APPLICANT')
export class DossierLifecycleController {
  constructor(
    private readonly supplements: SupplementAnswerService,
    private readonly withdrawals: WithdrawalService,
  ) {}

  @Post(':id/supplements/:requestId')
  @ApiOperation({ summary: 'Nộp tài liệu bổ sung / answer a supplement request' })
  supplement(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string, @Param('requestId') requestId: string) {
    return this.supplements.submitSupplement(user, id, requestId);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rút hồ sơ / withdraw' })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Body(validate(withdrawSchema)) body: { reason: string },
  ) {
    return this.withdrawals.withdraw(user, id, body.reason);
  }
}
