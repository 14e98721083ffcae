import { applyDecorators, createParamDecorator, SetMetadata, UseGuards, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@kc/domain';
import { AuthGuard, ROLES_KEY } from './auth.guard';
import type { AuthUser } from './auth-user';

/** Requires a valid access token and, if roles are given, one of them. */
export function Authenticated(...roles: Role[]) {
  return applyDecorators(
    UseGuards(AuthGuard),
    ...(roles.length ? [SetMetadata(ROLES_KEY, roles)] : []),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Chưa đăng nhập / not signed in' }),
    ApiForbiddenResponse({ description: 'Không có quyền / role not allowed' }),
  );
}

/** The caller, as verified by `AuthGuard`. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
