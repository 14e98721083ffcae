import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';

/** Long enough to open the stream right after asking, short enough that a logged URL is worthless. */
export const TICKET_TTL_SECONDS = 30;

const hashOf = (ticket: string) => createHash('sha256').update(ticket).digest('hex');

export interface StreamSession {
  user: AuthUser;
  /** The access token's expiry: the stream closes then. */
  expiresAt: Date;
}

/** Tickets kept in the database, so any notifications process can redeem one another process issued. */
@Injectable()
export class StreamTickets {
  constructor(private readonly dataSource: DataSource) {}

  async issue(session: StreamSession): Promise<{ ticket: string; expiresInSeconds: number }> {
    const ticket = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `DELETE FROM notifications.stream_tickets WHERE expires_at < now() - interval '1 hour'`,
    );
    await this.dataSource.query(
      `INSERT INTO notifications.stream_tickets (ticket_hash, account, session_expires_at, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [hashOf(ticket), session.user, session.expiresAt, TICKET_TTL_SECONDS],
    );
    return { ticket, expiresInSeconds: TICKET_TTL_SECONDS };
  }

  /** The ticket's session, once: a used, unknown or expired ticket gives undefined. */
  async redeem(ticket: string): Promise<StreamSession | undefined> {
    const rows = (await this.dataSource.query(
      `UPDATE notifications.stream_tickets SET used_at = now()
        WHERE ticket_hash = $1 AND used_at IS NULL AND expires_at > now() AND session_expires_at > now()
        RETURNING account, session_expires_at AS "expiresAt"`,
      [hashOf(ticket)],
    )) as [{ account: AuthUser; expiresAt: Date }[], number];
    const row = rows[0]?.[0];
    return row ? { user: row.account, expiresAt: new Date(row.expiresAt) } : undefined;
  }
}
