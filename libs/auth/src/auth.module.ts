import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from './auth-config';
import { AuthGuard } from './auth.guard';
import { TokenVerifier } from './token-verifier';

/** Token verification for a service; `keys` lets the gateway verify with its own keys, tests with theirs. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig, keys?: JWTVerifyGetKey): DynamicModule {
    return {
      module: AuthModule,
      providers: [{ provide: TokenVerifier, useValue: new TokenVerifier(config, keys) }, AuthGuard],
      exports: [TokenVerifier, AuthGuard],
    };
  }
}
