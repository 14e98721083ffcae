import { createMessagingTablesMigration } from '@kc/messaging';
import { activityLogMigration } from '@kc/persistence';
import { servicePort } from '@kc/contracts';
import type { ServiceDefinition } from '@kc/platform';
import { CreateActivityLog1764300400000 } from './migrations/create-activity-log.migration';
import { CreateTaskInbox1764400000000 } from './migrations/create-task-inbox.migration';
import { CreateBudgetChanges1764400100000 } from './migrations/create-budget-changes.migration';
import { CreateRuralCriteria1764500000000 } from './migrations/create-rural-criteria.migration';
import { AllowModernRuralLevel1764600000000 } from './migrations/allow-modern-rural-level.migration';
import { CreateStaffAccounts1764700500000 } from './migrations/create-staff-accounts.migration';

/** The appraisals service owns schema `appraisals`; its migrations are listed here in order. */
export const serviceDefinition: ServiceDefinition = {
  service: 'appraisals',
  port: servicePort('appraisals'),
  schema: 'appraisals',
  migrations: [
    createMessagingTablesMigration('appraisals'),
    CreateActivityLog1764300400000,
    CreateTaskInbox1764400000000,
    CreateBudgetChanges1764400100000,
    CreateRuralCriteria1764500000000,
    AllowModernRuralLevel1764600000000,
    CreateStaffAccounts1764700500000,
    activityLogMigration('appraisals'),
  ],
};
