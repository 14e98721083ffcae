export { vietnamDate } from '@kc/domain';
