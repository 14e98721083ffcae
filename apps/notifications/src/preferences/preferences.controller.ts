import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { validate } from '@kc/platform';
import { RecipientsRepository } from '../recipients/recipients.repository';
import { PreferencesRepository } from './preferences.repository';
import { preferencesSchema, type Preferences, type PreferencesRequest } from './preferences.schemas';

@ApiTags('preferences')
@Controller('preferences')
export class PreferencesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly preferences: PreferencesRepository,
    private readonly recipients: RecipientsRepository,
  ) {}

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'Kênh, ngôn ngữ và thứ tự dự phòng của tôi / my channels, language and fallback order' })
  async mine(@CurrentUser() user: AuthUser): Promise<Preferences> {
    const known = await this.recipients.find(this.dataSource.manager, user.id);
    const saved = await this.preferences.find(this.dataSource.manager, user.id, known?.language);
    return { ...saved, phone: saved.phone ?? known?.phone ?? null };
  }

  @Put('me')
  @Authenticated()
  @ApiOperation({ summary: 'Lưu tuỳ chọn nhận thông báo / save my notification preferences' })
  async save(
    @CurrentUser() user: AuthUser,
    @Body(validate(preferencesSchema)) body: PreferencesRequest,
  ): Promise<Preferences> {
    await this.preferences.save(this.dataSource.manager, user.id, body);
    return { ...body, isDefault: false };
  }
}
