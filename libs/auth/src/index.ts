export * from './password-hash';
export * from './auth-config';
export * from './auth-user';
export * from './token-verifier';
export * from './auth.guard';
export * from './authenticated.decorator';
export * from './auth.module';
