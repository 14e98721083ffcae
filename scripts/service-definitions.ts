// Every app's schema and migrations, for the scripts that act on all of them (migrate, seed, tests).
import { serviceDefinition as gateway } from '../apps/gateway/src/service.definition';
import { serviceDefinition as applications } from '../apps/applications/src/service.definition';
import { serviceDefinition as appraisals } from '../apps/appraisals/src/service.definition';
import { serviceDefinition as ocop } from '../apps/ocop/src/service.definition';
import { serviceDefinition as notifications } from '../apps/notifications/src/service.definition';
import { serviceDefinition as operations } from '../apps/operations/src/service.definition';

export const serviceDefinitions = [gateway, applications, appraisals, ocop, notifications, operations];
