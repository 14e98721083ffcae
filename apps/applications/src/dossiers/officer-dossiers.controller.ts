import { OFFICER_ROLES } from '@kc/domain';
import { IdParam } from '@kc/platform';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sendDocument } from './send-document';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { DocumentDownloadService } from './document-download.service';
import { DossierViews } from './dossier-views.service';

/**
 * Submitted dossiers as the officers handling them read them (the inbox links here): the Department's
 * roles read every one, a commune's (or district's) officers only their unit's. Read only.
 */
@ApiTags('officers')
@Controller('officer/dossiers')
@Authenticated(...OFFICER_ROLES, 'ADMIN')
export class OfficerDossiersController {
  constructor(
    private readonly views: DossierViews,
    private readonly documents: DocumentDownloadService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'Hồ sơ đã nộp, cho cán bộ xử lý / a submitted dossier with documents and timeline' })
  get(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string) {
    return this.views.getForOfficer(user, id);
  }

  @Get(':id/documents/:documentId')
  @ApiOperation({ summary: 'Tải xuống tài liệu của hồ sơ / download one of its documents' })
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Param('documentId', IdParam) documentId: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { doc, stream } = await this.documents.downloadForOfficer(user, id, documentId);
    return sendDocument(res, doc, stream);
  }
}
