import { Controller, Get, Headers, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { IdParam } from '@kc/platform';
import { receiptForPrint } from '../receipt/receipt-for-print';
import { renderReceiptPdf } from '../receipt/render-receipt-pdf';
import { DossierViews } from './dossier-views.service';
import { SubmitService } from './submit.service';

/** Submitting the applicant's own dossier, and the receipt it gets (JSON, or the PDF of Mẫu 01). */
@ApiTags('dossiers')
@Controller('applications')
@Authenticated('APPLICANT')
export class DossierSubmissionController {
  constructor(
    private readonly views: DossierViews,
    private readonly submitting: SubmitService,
  ) {}

  @Post(':id/submit')
  @ApiOperation({ summary: 'Nộp hồ sơ / submit (Idempotency-Key makes a retry return the same receipt)' })
  async submit(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { replayed, receipt } = await this.submitting.submit(user, id, key);
    res.status(replayed ? 200 : 201);
    return receipt;
  }

  @Get(':id/receipt')
  @ApiOperation({ summary: 'Giấy tiếp nhận (JSON) / the receipt of a submitted dossier' })
  receipt(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string) {
    return this.submitting.receiptFor(user, id);
  }

  @Get(':id/receipt.pdf')
  @ApiOperation({ summary: 'Giấy tiếp nhận hồ sơ (Mẫu 01) / receipt as PDF' })
  async receiptPdf(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const receipt = await this.submitting.receiptFor(user, id);
    const view = await this.views.get(user, id);
    const pdf = await renderReceiptPdf(receiptForPrint(receipt, view));
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${receipt.dossierCode}.pdf"`);
    return new StreamableFile(pdf);
  }
}
