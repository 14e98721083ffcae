import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Authenticated } from '@kc/auth';
import type { AuditRow, AuditVerify, TablePage } from '@kc/contracts';
import { pageOffset, validate } from '@kc/platform';
import { tableQueryShape, tableResponse } from '../http/table-response';
import { OPERATIONS_SCHEMA } from '../operations-schema';
import { listAuditLog } from './audit-list.query';
import { verifyAuditLog } from './audit-verify.query';

const auditQuery = z.strictObject({
  caseId: z.string().trim().min(1).max(100).optional(),
  actorId: z.string().trim().min(1).max(100).optional(),
  action: z
    .string()
    .trim()
    .regex(/^[A-Za-z_]+$/)
    .max(60)
    .optional(),
  ...tableQueryShape,
});

/** The append-only audit log of interventions and decisions, for operators and administrators. */
@ApiTags('audit')
@Controller('audit')
@Authenticated('OPERATOR', 'ADMIN')
export class AuditController {
  constructor(private readonly db: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Nhật ký can thiệp và quyết định (mới nhất trước) / audit log, newest first' })
  async list(
    @Query(validate(auditQuery)) q: z.infer<typeof auditQuery>,
  ): Promise<TablePage<AuditRow> | StreamableFile> {
    const whole = q.format !== 'json';
    const { items, total } = await listAuditLog(this.db, OPERATIONS_SCHEMA, {
      ...q,
      limit: whole ? 50_000 : q.pageSize,
      offset: whole ? 0 : pageOffset(q),
    });
    return tableResponse(items, 'nhat-ky-kiem-toan', q, whole ? items.length : total);
  }

  @Get('verify')
  @ApiOperation({ summary: 'Kiểm tra chuỗi băm của nhật ký / verify the hash chain' })
  async verify(): Promise<AuditVerify> {
    const result = await verifyAuditLog(this.db, OPERATIONS_SCHEMA);
    return { intact: !result.broken, rowsChecked: result.rows, broken: result.broken ?? null };
  }
}
