import { randomBytes, randomUUID } from 'node:crypto';
import { Topics } from '@kc/contracts';
import { startServiceUnderTest, testEnv, testTopic } from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';
import { submitted } from './event-payloads';
import { startProviderReceiver, startSmtpProxy } from './fake-providers';

/**
 * The notifications service on the real database, broker and mail server (through a TCP proxy the test
 * can stop), with its own consumer group, a token issuer, and a local receiver for SMS and Zalo calls.
 */
export async function startNotifications() {
  const providers = await startProviderReceiver();
  const smtp = await startSmtpProxy({ host: '127.0.0.1', port: testEnv.smtpPort });
  const sut = await startServiceUnderTest({
    definition: serviceDefinition,
    env: () => ({
      SMTP_PORT: String(smtp.port),
      SMS_API_URL: providers.smsUrl,
      SMS_API_TOKEN: 'sms-test-token',
      ZALO_ZNS_URL: providers.zaloUrl,
      ZALO_ZNS_TOKEN: 'zalo-test-token',
      DELIVERY_POLL_MS: '100',
      DELIVERY_RETRY_BASE_MS: '200',
      DELIVERY_RETRY_MAX_MS: '1000',
      DELIVERY_MAX_ATTEMPTS: '6',
      DELIVERY_LEASE_MS: '30000',
      DIGEST_HOUR: '-1',
      DLQ_CHECK_MS: '0',
      KAFKA_RETRY_BASE_MS: '200',
    }),
    bootstrap: async () => (await import('../src/bootstrap-notifications')).bootstrapNotifications,
    tap: [Topics.notificationsEvents],
  });
  const { base, db, tap } = sut;

  /** Puts an event on the topic its producer would use, as that service would. */
  const publish = async (topic: string, type: string, aggregateId: string, payload: object, producerName: string) => {
    const message = await sut.send(topic, type, aggregateId, payload, {
      producer: producerName,
      actor: { kind: 'service', id: producerName },
    });
    /** Puts the very same message on the topic again (same event id), as a redelivery would. */
    const resend = () => sut.producer.send({ topic: testTopic(topic), messages: [message] }).then(() => undefined);
    return { id: (JSON.parse(message.value) as { id: string }).id, resend };
  };

  /** The applications service's ApplicationSubmitted for a new dossier of this applicant; returns it and the event. */
  const submitDossier = async (applicantId: string) => {
    const payload = submitted(applicantId);
    const event = await publish(
      Topics.applicationsEvents,
      'ApplicationSubmitted',
      payload.applicationId,
      payload,
      'applications',
    );
    return { payload, event };
  };

  /** A person, as the gateway announces them; returns their id and unique e-mail address. */
  const registerAccount = async (
    facts: {
      fullName?: string;
      roles?: string[];
      unitCode?: string | null;
      phone?: string | null;
      language?: 'vi' | 'en';
    } = {},
  ) => {
    const id = randomUUID();
    const email = `nguoi.nhan.${randomBytes(5).toString('hex')}@khuyencong.test`;
    await publish(
      Topics.identityEvents,
      'AccountRegistered',
      id,
      {
        accountId: id,
        email,
        fullName: facts.fullName ?? 'Nguyễn Văn An',
        roles: facts.roles ?? ['APPLICANT'],
        unitCode: facts.unitCode ?? null,
        phone: facts.phone ?? null,
        language: facts.language ?? 'vi',
        registeredAt: new Date().toISOString(),
      },
      'gateway',
    );
    return { id, email };
  };

  /** Waits until the recipients projection knows the account (identity events are consumed asynchronously). */
  const known = async (accountId: string) => {
    const rows: unknown[] = await db.query(`SELECT 1 FROM notifications.recipients WHERE account_id = $1`, [accountId]);
    if (rows.length === 0) throw new Error(`recipient ${accountId} not projected yet`);
  };

  const call = async (method: string, url: string, authorization?: string, body?: unknown) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: {
        ...(authorization ? { authorization } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  /** Receipts (NotificationSent / NotificationFailed) the service published about one source event. */
  const receiptsFor = (sourceEventId: string) =>
    tap.received
      .map((r) => JSON.parse(r.message.value!.toString()) as { type: string; payload: Record<string, unknown> })
      .filter((e) => e.payload.sourceEventId === sourceEventId);

  const deliveries = (eventId: string) =>
    db.query(
      `SELECT channel, status, attempts, last_error FROM notifications.deliveries WHERE event_id = $1 ORDER BY created_at`,
      [eventId],
    ) as Promise<{ channel: string; status: string; attempts: number; last_error: string | null }[]>;

  return {
    app: sut.app,
    base,
    db,
    kafka: sut.kafka,
    group: sut.group,
    issuer: sut.issuer,
    providers,
    smtp,
    publish,
    submitDossier,
    registerAccount,
    known,
    call,
    receiptsFor,
    deliveries,
    async close() {
      await sut.close();
      await providers.close();
      await smtp.stop();
    },
  };
}

export type NotificationsHarness = Awaited<ReturnType<typeof startNotifications>>;
