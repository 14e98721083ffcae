import { Module, type DynamicModule } from '@nestjs/common';
import { StaffAccountsProjection } from './staff-accounts.projection';
import { STAFF_ACCOUNTS_SCHEMA, StaffAccountsRepository } from './staff-accounts.repository';

/**
 * The staff directory copy a service keeps in its own schema (table from `createStaffAccountsMigration`),
 * filled from the identity topic by its inbox consumer: what seating a council is checked against.
 */
@Module({})
export class StaffDirectoryModule {
  static forSchema(schema: string): DynamicModule {
    return {
      module: StaffDirectoryModule,
      controllers: [StaffAccountsProjection],
      providers: [{ provide: STAFF_ACCOUNTS_SCHEMA, useValue: schema }, StaffAccountsRepository],
      exports: [StaffAccountsRepository],
    };
  }
}
