import { randomUUID } from 'node:crypto';
import { Topics } from '@kc/contracts';
import {
  applicationSubmittedDraft,
  requestJson,
  staffAccountRegistered,
  startServiceUnderTest,
  testTopic,
} from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';

type Draft = NonNullable<Parameters<typeof applicationSubmittedDraft>[0]>;

/**
 * The appraisals service on the real servers with its own consumer group and task queue, a token issuer,
 * a tap on its events, and what every approval test does to it: submit a dossier as the applications
 * service would, announce council members as the gateway would, act, and seat a council.
 */
export async function startAppraisals(name: string) {
  const sut = await startServiceUnderTest({
    definition: serviceDefinition,
    label: name,
    env: () => ({ APPROVALS_TASK_QUEUE: `approvals-test-${randomUUID()}` }),
    bootstrap: async () => (await import('../src/bootstrap-appraisals')).bootstrapAppraisals,
    tap: [Topics.appraisalsEvents],
  });
  const { base, issuer, producer, tap } = sut;

  /** Every event the service published about one dossier, in order. */
  const allEventsFor = (applicationId: string) =>
    tap.received
      .filter((r) => r.message.key?.toString() === applicationId)
      .map((r) => JSON.parse(r.message.value!.toString()) as { type: string; payload: Record<string, unknown> });

  /** The applications service's ApplicationSubmitted for a dossier; answers its id. */
  const submit = async (overrides: Draft = {}) => {
    const draft = applicationSubmittedDraft(overrides);
    const { applicationId } = draft.payload;
    await sut.send(Topics.applicationsEvents, draft.type, applicationId, draft.payload, {
      producer: 'applications',
      actor: draft.actor,
    });
    return applicationId;
  };

  /** Council members as the gateway announces them (the service's directory copy learns them from Kafka). */
  const councilMembers = async (count: number) => {
    const accounts = Array.from({ length: count }, () => staffAccountRegistered(['COUNCIL_MEMBER'], 'DN-HD-KC'));
    await producer.send({ topic: testTopic(Topics.identityEvents), messages: accounts.map((a) => a.message) });
    return Promise.all(
      accounts.map(({ id }) =>
        issuer.token({ id, roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' }).then((t) => ({ id, ...t })),
      ),
    );
  };

  const act = (authorization: string, applicationId: string, action: object) =>
    requestJson(`${base}/approvals/${applicationId}/actions`, authorization, { method: 'POST', body: action });
  const seat = (authorization: string, applicationId: string, memberIds: string[]) =>
    requestJson(`${base}/approvals/${applicationId}/council`, authorization, { method: 'PUT', body: { memberIds } });

  return {
    app: sut.app,
    base,
    db: sut.db,
    issuer,
    producer,
    tap,
    allEventsFor,
    submit,
    councilMembers,
    act,
    seat,
    close: sut.close,
  };
}

export type AppraisalsHarness = Awaited<ReturnType<typeof startAppraisals>>;
