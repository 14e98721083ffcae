import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthModule } from '@kc/auth';
import { AccountsRepository } from './accounts.repository';
import { AuthController } from './auth.controller';
import { DirectoryController } from './directory.controller';
import { DirectoryRepository } from './directory.repository';
import { PasswordController } from './password.controller';
import { ProfileController } from './profile.controller';
import { RefreshTokens } from './refresh-tokens';
import { SessionController } from './session.controller';
import { Sessions } from './sessions';
import { LoginLimits } from './login-limits';
import { JwksController } from './jwks.controller';
import { SigningKeysHolder, SigningKeysService } from './signing-keys.service';
import { GATEWAY_CONFIG } from './gateway-config.token';
import type { GatewayConfig } from '../config';

/** Accounts, login and registration, refresh tokens, the staff directory, token signing and the published keys. */
@Module({})
export class IdentityModule {
  static forRoot(config: GatewayConfig) {
    // The gateway verifies its own tokens with the keys it publishes, without an HTTP round trip to itself.
    const holder = new SigningKeysHolder();
    return {
      module: IdentityModule,
      imports: [
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: config.AUTH_RATE_LIMIT_PER_MINUTE }]),
        AuthModule.forRoot(config, (header) => holder.keys!.publicKey(header.kid)),
      ],
      controllers: [
        AuthController,
        SessionController,
        ProfileController,
        PasswordController,
        DirectoryController,
        JwksController,
      ],
      providers: [
        AccountsRepository,
        DirectoryRepository,
        LoginLimits,
        RefreshTokens,
        Sessions,
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: SigningKeysHolder, useValue: holder },
        SigningKeysService,
      ],
    };
  }
}
