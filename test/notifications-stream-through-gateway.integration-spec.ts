import type { INestApplication } from '@nestjs/common';
import { Topics } from '@kc/contracts';
import { expectEventually, migrateTestSchema } from '@kc/testing';
import { serviceDefinition as gatewayDefinition } from '../apps/gateway/src/service.definition';
import { submitted } from '../apps/notifications/test/event-payloads';
import { startNotifications, type NotificationsHarness } from '../apps/notifications/test/notifications-harness';
import { readEvents } from './sse-reader';

// Across two apps (hence here, outside both): the browser's live stream goes through the gateway's proxy.
describe('notifications live stream through the gateway', () => {
  let h: NotificationsHarness;
  let gateway: INestApplication;
  let gatewayBase: string;
  beforeAll(async () => {
    h = await startNotifications();
    await migrateTestSchema(gatewayDefinition);
    // The gateway reads its config when first imported: point its notifications route at this instance.
    process.env.NOTIFICATIONS_URL = h.base;
    const { bootstrapGateway } = await import('../apps/gateway/src/bootstrap-gateway');
    gateway = await bootstrapGateway();
    gatewayBase = (await gateway.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await gateway?.close();
    await h?.close();
  });

  it('streams new notifications over SSE through the gateway, opened with a single-use ticket', async () => {
    const applicant = await h.registerAccount();
    await expectEventually(() => h.known(applicant.id));
    const { authorization } = await h.issuer.token({ id: applicant.id });

    expect((await fetch(`${gatewayBase}/api/notifications/inbox/stream`)).status).toBe(401);
    const token = authorization.slice('Bearer '.length);
    expect((await fetch(`${gatewayBase}/api/notifications/inbox/stream?access_token=${token}`)).status).toBe(401);
    const issued = await fetch(`${gatewayBase}/api/notifications/inbox/stream-ticket`, {
      method: 'POST',
      headers: { authorization },
    });
    expect(issued.status).toBe(200);
    const { ticket } = (await issued.json()) as { ticket: string };
    const res = await fetch(`${gatewayBase}/api/notifications/inbox/stream?ticket=${ticket}`, {
      headers: { accept: 'text/event-stream' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const stream = readEvents(res.body!);
    try {
      await expectEventually(() => expect(stream.events[0]).toMatchObject({ event: 'unread', data: { unread: 0 } }));
      const dossier = submitted(applicant.id);
      await h.publish(
        Topics.applicationsEvents,
        'ApplicationSubmitted',
        dossier.applicationId,
        dossier,
        'applications',
      );
      const live = await expectEventually(() => {
        const found = stream.events.find((e) => e.event === 'notification');
        expect(found).toBeDefined();
        return found!;
      });
      expect(live.data.unread).toBe(1);
      expect(live.data.item.subject).toBe(
        `Biên nhận hồ sơ ${dossier.dossierCode}: đã tiếp nhận, hẹn trả kết quả ngày 28/12/2026`,
      );
    } finally {
      await stream.close();
    }
  });
});
