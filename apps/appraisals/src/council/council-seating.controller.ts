import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { IdParam, validate } from '@kc/platform';
import { CouncilSeating } from './council-seating.service';
import { seatCouncilSchema, type SeatCouncilRequest } from './seat-council.schema';

/** The Department's appraiser seats a dossier's council from the staff directory, or seats another. */
@ApiTags('approval')
@Controller('approvals')
@Authenticated('DEPARTMENT_APPRAISER')
export class CouncilSeatingController {
  constructor(private readonly seating: CouncilSeating) {}

  @Put(':applicationId/council')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thành lập (lại) Hội đồng xét duyệt hồ sơ / seat or re-seat the dossier’s council' })
  seat(
    @CurrentUser() user: AuthUser,
    @Param('applicationId', IdParam) applicationId: string,
    @Body(validate(seatCouncilSchema)) body: SeatCouncilRequest,
  ) {
    return this.seating.seat(applicationId, user, body.memberIds);
  }
}
