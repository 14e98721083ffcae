import { Controller, Get, Inject, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Authenticated } from '@kc/auth';
import type { ConsumerLagPage, OutboxBacklogRow, TablePage } from '@kc/contracts';
import { KAFKA } from '@kc/messaging';
import { validate } from '@kc/platform';
import { config } from '../config';
import { tableFile, tablePage, tableQueryShape, tableResponse } from '../http/table-response';
import { consumerLag } from './consumer-lag';

const lagQuery = z.strictObject({ group: z.string().trim().min(1).max(200).optional(), ...tableQueryShape });
const backlogQuery = z.strictObject(tableQueryShape);

/** Kafka consumer lag per group and partition, and each service's outbox backlog (rows not yet relayed). */
@ApiTags('kafka')
@Controller('kafka')
@Authenticated('OPERATOR', 'ADMIN')
export class KafkaController {
  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly db: DataSource,
  ) {}

  @Get('lag')
  @ApiOperation({ summary: 'Độ trễ tiêu thụ theo nhóm và phân vùng / consumer lag per group and partition' })
  async lag(@Query(validate(lagQuery)) q: z.infer<typeof lagQuery>): Promise<ConsumerLagPage | StreamableFile> {
    const rows = await consumerLag(this.kafka, q.group);
    if (q.format !== 'json') return tableFile(rows, 'consumer-lag', q.format);
    const total = rows.reduce((sum, r) => sum + BigInt(r.lag), 0n);
    return { ...tablePage(rows, q), totalLag: String(total) };
  }

  /**
   * Reads only a count of unsent rows from each service's outbox (a monitoring read across schemas, the one
   * exception to "each app reads its own schema": the relay's backlog is not published anywhere else),
   * through each schema's `outbox_backlog()`: operations' database role may call it but read no row there.
   */
  @Get('outbox-backlog')
  @ApiOperation({ summary: 'Số sự kiện chưa chuyển lên Kafka của mỗi dịch vụ / outbox relay backlog' })
  async outboxBacklog(
    @Query(validate(backlogQuery)) q: z.infer<typeof backlogQuery>,
  ): Promise<TablePage<OutboxBacklogRow<Date>> | StreamableFile> {
    const rows: OutboxBacklogRow<Date>[] = [];
    for (const schema of config.OUTBOX_SCHEMAS) {
      // A service not migrated here yet has no schema or function: its backlog is unknown, not an error.
      const [r] = (await this.db
        .query(`SELECT unsent, oldest_unsent_at AS "oldestUnsentAt" FROM "${schema}".outbox_backlog()`)
        .catch(() => [])) as { unsent: number; oldestUnsentAt: Date | null }[];
      rows.push({ schema, unsent: r?.unsent ?? null, oldestUnsentAt: r?.oldestUnsentAt ?? null });
    }
    return tableResponse(rows, 'outbox-backlog', q);
  }
}
