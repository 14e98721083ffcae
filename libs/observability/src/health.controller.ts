import { Controller, Get, HttpStatus, Inject, Optional, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { HealthCheck, HealthStatus } from './health-check';

export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');
export const SERVICE_NAME = Symbol('SERVICE_NAME');
/** false in production unless asked for: hosts and error texts of the dependencies stay private. */
export const HEALTH_DETAILS = Symbol('HEALTH_DETAILS');

export interface HealthReport {
  service: string;
  status: 'ok' | 'degraded';
  checks: Record<string, HealthStatus | Pick<HealthStatus, 'status'>>;
}

/** `GET /health`: 200 when every dependency answers, 503 with the failing ones otherwise. */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(SERVICE_NAME) private readonly service: string,
    @Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[],
    @Optional() @Inject(HEALTH_DETAILS) private readonly details: boolean = true,
  ) {}

  @Get()
  async report(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const results = await Promise.all(this.checks.map(async (c) => [c.name, await c.check()] as const));
    const checks = Object.fromEntries(
      results.map(([name, r]) => [name, this.details === false ? { status: r.status } : r] as const),
    );
    const ok = results.every(([, r]) => r.status === 'up');
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { service: this.service, status: ok ? 'ok' : 'degraded', checks };
  }
}
