import { HttpException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GATEWAY_CONFIG } from './gateway-config.token';
import type { GatewayConfig } from '../config';

/**
 * The counters a sign-in touches: the account (whoever tries it) and the client address (whatever it
 * tries). A refresh names no account (email null): only its address counts, against the same limit.
 */
const keysOf = (email: string | null, ip: string) => ({
  account: email === null ? null : `account:${email.toLowerCase()}`,
  ip: `ip:${ip}`,
});
const keyList = (keys: ReturnType<typeof keysOf>) => (keys.account ? [keys.account, keys.ip] : [keys.ip]);

const tooMany = () =>
  new HttpException(
    {
      statusCode: 429,
      message: 'Quá nhiều lần đăng nhập sai. Vui lòng thử lại sau ít phút.',
      messageEn: 'Too many failed sign-ins. Please try again in a few minutes.',
    },
    429,
  );

/**
 * Failed sign-ins per account and per client address within a window, kept in `gateway.login_failures`.
 * Over either limit, sign-in (and refresh) answers 429 (even with the right password) until the window has passed.
 */
@Injectable()
export class LoginLimits {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** Throws 429 when the account or the address has used up its failures in the current window. */
  async check(email: string | null, ip: string): Promise<void> {
    const keys = keysOf(email, ip);
    const rows: { key: string; failures: number }[] = await this.dataSource.query(
      `SELECT key, failures FROM gateway.login_failures
        WHERE key = ANY($1) AND window_started_at > now() - make_interval(secs => $2)`,
      [keyList(keys), this.config.LOGIN_FAILURE_WINDOW_SECONDS],
    );
    const limitOf = (key: string) =>
      key === keys.account ? this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT : this.config.LOGIN_MAX_FAILURES_PER_IP;
    if (rows.some((r) => r.failures >= limitOf(r.key))) throw tooMany();
  }

  /** Counts one failure for both keys; an expired window starts again at one. */
  async failed(email: string | null, ip: string): Promise<void> {
    const keys = keysOf(email, ip);
    await this.dataSource.query(
      `INSERT INTO gateway.login_failures (key, failures, window_started_at)
         SELECT k, 1, now() FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_failures.window_started_at > now() - make_interval(secs => $2)
                         THEN login_failures.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN login_failures.window_started_at > now() - make_interval(secs => $2)
                         THEN login_failures.window_started_at ELSE now() END`,
      [keyList(keys), this.config.LOGIN_FAILURE_WINDOW_SECONDS],
    );
  }

  /** A successful sign-in clears the account's count (not the address's: one success does not excuse many guesses). */
  async succeeded(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM gateway.login_failures WHERE key = $1`, [keysOf(email, '').account]);
  }
}
