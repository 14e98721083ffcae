export * from './service-config';
export * from './platform.module';
export * from './bootstrap-service';
export * from './http/bilingual';
export * from './http/zod-validation.pipe';
export * from './http/page-query';
export * from './holiday-file';
