import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { validate } from '@kc/platform';
import { AccountsRepository } from './accounts.repository';
import { toProfile } from './account-row';
import { noAccount } from './no-account';
import { profileUpdateSchema, type Profile, type ProfileUpdate } from './profile.schemas';

/** The signed-in person's own account: the contact facts they may change (the password: PasswordController). */
@ApiTags('auth')
@Controller('api/identity')
export class ProfileController {
  constructor(private readonly accounts: AccountsRepository) {}

  @Get('profile')
  @Authenticated()
  @ApiOperation({ summary: 'Tài khoản của tôi / my account, with phone number and language' })
  async profile(@CurrentUser() user: AuthUser): Promise<Profile> {
    const account = await this.accounts.findActiveById(user.id);
    if (!account) throw noAccount();
    return toProfile(account);
  }

  @Patch('profile')
  @Authenticated()
  @ApiOperation({ summary: 'Đổi số điện thoại, ngôn ngữ / change my phone number or language' })
  async update(
    @CurrentUser() user: AuthUser,
    @Body(validate(profileUpdateSchema)) body: ProfileUpdate,
  ): Promise<Profile> {
    const profile = await this.accounts.updateContact(user.id, body);
    if (!profile) throw noAccount();
    return profile;
  }
}
