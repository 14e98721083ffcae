import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@kc/auth';
import { validate } from '@kc/platform';
import { DirectoryRepository } from './directory.repository';
import { directoryQuerySchema, type DirectoryPage, type DirectoryQuery } from './directory.schemas';

/** Staff by role and unit, for the people who seat councils (appraisers) and manage accounts (administrators). */
@ApiTags('auth')
@Controller('api/identity')
export class DirectoryController {
  constructor(private readonly directory: DirectoryRepository) {}

  @Get('directory')
  @Authenticated('ADMIN', 'DEPARTMENT_APPRAISER')
  @ApiOperation({ summary: 'Danh bạ cán bộ / staff directory by role and unit (paginated)' })
  list(@Query(validate(directoryQuerySchema)) query: DirectoryQuery): Promise<DirectoryPage> {
    return this.directory.list(query);
  }
}
