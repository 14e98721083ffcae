import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { probe, type HealthCheck, type HealthStatus } from '@kc/observability';
import { redactDatabaseUrl } from './database-config';

@Injectable()
export class DatabaseHealthCheck implements HealthCheck {
  readonly name = 'database';
  constructor(private readonly dataSource: DataSource) {}

  check(): Promise<HealthStatus> {
    const options = this.dataSource.options as { url?: string; schema?: string };
    const where = `${options.url ? redactDatabaseUrl(options.url) : 'postgres'} schema ${options.schema}`;
    return probe(() => this.dataSource.query('SELECT 1'), where);
  }
}
