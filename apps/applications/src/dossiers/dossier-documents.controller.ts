import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sendDocument } from './send-document';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { validate, IdParam } from '@kc/platform';
import { config } from '../config';
import { DocumentDownloadService } from './document-download.service';
import { DocumentRemovalService } from './document-removal.service';
import { DocumentUploadService } from './document-upload.service';
import type { UploadedFile as Upload } from './uploaded-file';
import { uploadFieldsSchema } from './document-upload.schemas';

/** The documents of the applicant's own dossier: upload, download, removal from a draft. */
@ApiTags('dossiers')
@Controller('applications')
@Authenticated('APPLICANT')
export class DossierDocumentsController {
  constructor(
    private readonly uploads: DocumentUploadService,
    private readonly downloads: DocumentDownloadService,
    private readonly removal: DocumentRemovalService,
  ) {}

  @Post(':id/documents')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(
    // Browsers send file names as UTF-8; multer would read them as Latin-1 and garble Vietnamese.
    FileInterceptor('file', {
      limits: { fileSize: config.MAX_UPLOAD_BYTES, files: 1, fields: 5 },
      defParamCharset: 'utf8',
    } as object),
  )
  @ApiOperation({ summary: 'Tải lên tài liệu / upload a document (type judged from content)' })
  upload(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @UploadedFile() file: Upload | undefined,
    @Body(validate(uploadFieldsSchema)) fields: z.infer<typeof uploadFieldsSchema>,
  ) {
    return this.uploads.upload(user, id, fields.requirementCode, file, fields.supplementRequestId);
  }

  @Get(':id/documents/:documentId')
  @ApiOperation({ summary: 'Tải xuống tài liệu / download a document' })
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Param('documentId', IdParam) documentId: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { doc, stream } = await this.downloads.download(user, id, documentId);
    return sendDocument(res, doc, stream);
  }

  @Delete(':id/documents/:documentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Gỡ tài liệu khỏi hồ sơ nháp / remove a document from a draft' })
  async removeDocument(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Param('documentId', IdParam) documentId: string,
  ): Promise<void> {
    await this.removal.remove(user, id, documentId);
  }
}
