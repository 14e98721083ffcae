import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { validate, IdParam } from '@kc/platform';
import { DocumentRemovalService } from './document-removal.service';
import { DossierViews } from './dossier-views.service';
import { DraftsService } from './drafts.service';
import {
  createDraftSchema,
  listQuerySchema,
  updateDraftSchema,
  type CreateDraftRequest,
  type ListQuery,
  type UpdateDraftRequest,
} from './dossier.schemas';

/**
 * The applicant's own dossiers as drafts: create, list, read, edit, delete. Their documents, submission and
 * later steps have their own controllers under the same path.
 */
@ApiTags('dossiers')
@Controller('applications')
@Authenticated('APPLICANT')
export class DossiersController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly views: DossierViews,
    private readonly removal: DocumentRemovalService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Tạo hồ sơ nháp / create a draft' })
  create(@CurrentUser() user: AuthUser, @Body(validate(createDraftSchema)) body: CreateDraftRequest) {
    return this.drafts.create(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'Hồ sơ của tôi / my dossiers (paginated, filter by status or programme)' })
  list(@CurrentUser() user: AuthUser, @Query(validate(listQuerySchema)) query: ListQuery) {
    return this.views.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một hồ sơ, với tài liệu và tiến trình / one dossier with documents and timeline' })
  get(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string) {
    return this.views.get(user, id);
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
    await this.removal.deleteDraft(user, id);
  }
}
