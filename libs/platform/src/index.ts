export * from './service-config';
export * from './platform.module';
export * from './bootstrap-service';
