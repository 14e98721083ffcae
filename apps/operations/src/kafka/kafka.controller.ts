import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Authenticated } from '@kc/auth';
import { KAFKA } from '@kc/messaging';
import { validate } from '@kc/platform';
import { config } from '../config';
import { tableQueryShape, tableResponse } from '../http/table-response';
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
  async lag(@Query(validate(lagQuery)) q: z.infer<typeof lagQuery>) {
    const rows = await consumerLag(this.kafka, q.group);
    const total = rows.reduce((sum, r) => sum + BigInt(r.lag), 0n);
    const table = await tableResponse(rows as never, 'consumer-lag', q);
    return q.format === 'json' ? { ...table, totalLag: String(total) } : table;
  }

  /**
   * Reads only a count of unsent rows from each service's outbox (a monitoring read across schemas, the one
   * exception to "each app reads its own schema": the relay's backlog is not published anywhere else),
   * through each schema's `outbox_backlog()`: operations' database role may call it but read no row there.
   */
  @Get('outbox-backlog')
  @ApiOperation({ summary: 'Số sự kiện chưa chuyển lên Kafka của mỗi dịch vụ / outbox relay backlog' })
  async outboxBacklog(@Query(validate(backlogQuery)) q: z.infer<typeof backlogQuery>) {
    const rows: { schema: string; unsent: number | null; oldestUnsentAt: string | null }[] = [];
    for (const schema of config.OUTBOX_SCHEMAS) {
      // A service not migrated here yet has no schema or function: its backlog is unknown, not an error.
      const [r] = (await this.db
        .query(`SELECT unsent, oldest_unsent_at AS "oldestUnsentAt" FROM "${schema}".outbox_backlog()`)
        .catch(() => [])) as { unsent: number; oldestUnsentAt: string | null }[];
      rows.push({ schema, unsent: r?.unsent ?? null, oldestUnsentAt: r?.oldestUnsentAt ?? null });
    }
    return tableResponse(rows, 'outbox-backlog', q);
  }
}
