import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { validate, IdParam } from '@kc/platform';
import { config } from '../config';
import { renderReceiptPdf } from '../receipt/render-receipt-pdf';
import { DocumentsService, type UploadedFile as Upload } from './documents.service';
import { DraftsService } from './drafts.service';
import { LifecycleService } from './lifecycle.service';
import {
  createDraftSchema,
  listQuerySchema,
  updateDraftSchema,
  withdrawSchema,
  type CreateDraftRequest,
  type ListQuery,
  type UpdateDraftRequest,
} from './dossier.schemas';
import { SubmitService } from './submit.service';
import { packById } from '@kc/domain';

const uploadFieldsSchema = z.strictObject({
  requirementCode: z.string().regex(/^[A-Z_]{2,40}$/),
  supplementRequestId: z.string().min(1).max(100).optional(),
});

/** The applicant's own dossiers: drafts, documents, submission, receipt, supplements, withdrawal. */
@ApiTags('dossiers')
@Controller('applications')
@Authenticated('APPLICANT')
export class DossiersController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly documents: DocumentsService,
    private readonly submitting: SubmitService,
    private readonly lifecycle: LifecycleService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Tạo hồ sơ nháp / create a draft' })
  create(@CurrentUser() user: AuthUser, @Body(validate(createDraftSchema)) body: CreateDraftRequest) {
    return this.drafts.create(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'Hồ sơ của tôi / my dossiers (paginated, filter by status or programme)' })
  list(@CurrentUser() user: AuthUser, @Query(validate(listQuerySchema)) query: ListQuery) {
    return this.drafts.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một hồ sơ, với tài liệu và tiến trình / one dossier with documents and timeline' })
  get(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string) {
    return this.drafts.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Sửa hồ sơ nháp / edit a draft' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Body(validate(updateDraftSchema)) body: UpdateDraftRequest,
  ) {
    return this.drafts.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Xoá hồ sơ nháp / delete a draft with its documents' })
  async deleteDraft(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string): Promise<void> {
    await this.documents.deleteDraft(user, id);
  }

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
    return this.documents.upload(user, id, fields.requirementCode, file, fields.supplementRequestId);
  }

  @Get(':id/documents/:documentId')
  @ApiOperation({ summary: 'Tải xuống tài liệu / download a document' })
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Param('documentId', IdParam) documentId: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { doc, stream } = await this.documents.download(user, id, documentId);
    res.setHeader('Content-Type', doc.mime);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.file_name)}`);
    return new StreamableFile(stream);
  }

  @Delete(':id/documents/:documentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Gỡ tài liệu khỏi hồ sơ nháp / remove a document from a draft' })
  async removeDocument(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Param('documentId', IdParam) documentId: string,
  ): Promise<void> {
    await this.documents.remove(user, id, documentId);
  }

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
    const view = await this.drafts.get(user, id);
    const rule = packById(receipt.rulePackId).programs[view.programCode];
    const pdf = await renderReceiptPdf({
      ...receipt,
      applicantName: view.establishment.name,
      programCode: view.programCode,
      documents: view.documents.map((d) => ({
        nameVi: rule.requiredDocuments.find((r) => r.code === d.requirementCode)?.nameVi ?? d.requirementCode,
        fileName: d.fileName,
      })),
    });
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${receipt.dossierCode}.pdf"`);
    return new StreamableFile(pdf);
  }

  @Post(':id/supplements/:requestId')
  @ApiOperation({ summary: 'Nộp tài liệu bổ sung / answer a supplement request' })
  supplement(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string, @Param('requestId') requestId: string) {
    return this.lifecycle.submitSupplement(user, id, requestId);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rút hồ sơ / withdraw' })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParam) id: string,
    @Body(validate(withdrawSchema)) body: { reason: string },
  ) {
    return this.lifecycle.withdraw(user, id, body.reason);
  }
}
