import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Subscriptions, Topics } from '@kc/contracts';
import { createKafka } from '@kc/messaging';
import {
  collectFrom,
  createGroupTopics,
  migrateTestSchema,
  positionGroupAtEnd,
  startTestTokenIssuer,
  testEnv,
} from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';

export const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** The applications service on the real database and broker, with its own consumer group and a token issuer. */
export async function startApplications() {
  await migrateTestSchema(serviceDefinition);
  const issuer = await startTestTokenIssuer();
  const documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-docs-'));
  Object.assign(process.env, {
    PORT: '0',
    AUTH_JWKS_URL: issuer.jwksUrl,
    DOCUMENTS_DIR: documentsDir,
    LOG_LEVEL: 'fatal',
    MAX_UPLOAD_BYTES: String(64 * 1024),
  });
  const kafka = createKafka('applications-test', testEnv.kafkaBrokers);
  const group = `applications-test-${randomBytes(3).toString('hex')}`;
  const groupTopics = await createGroupTopics(kafka, group, Subscriptions.applications);
  await positionGroupAtEnd(kafka, group, Subscriptions.applications);
  const tap = await collectFrom(kafka, [Topics.applicationsEvents], `${group}-tap`);
  const { bootstrapApplications } = await import('../src/bootstrap-applications');
  const app: INestApplication = await bootstrapApplications(group);
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const call = async (
    method: string,
    url: string,
    auth: string | undefined,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: {
        ...(auth ? { authorization: auth } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    return { status: res.status, body: json, headers: res.headers };
  };
  const upload = async (
    auth: string,
    dossierId: string,
    requirementCode: string,
    content: Buffer,
    fileName: string,
    supplementRequestId?: string,
  ) => {
    const form = new FormData();
    form.append('requirementCode', requirementCode);
    if (supplementRequestId) form.append('supplementRequestId', supplementRequestId);
    form.append('file', new Blob([new Uint8Array(content)]), fileName);
    const res = await fetch(`${base}/applications/${dossierId}/documents`, {
      method: 'POST',
      headers: { authorization: auth },
      body: form,
    });
    return { status: res.status, body: await res.json() };
  };

  return {
    app,
    base,
    kafka,
    issuer,
    tap,
    call,
    upload,
    async close() {
      await app.close();
      await tap.stop();
      await groupTopics.remove();
      await issuer.close();
      fs.rmSync(documentsDir, { recursive: true, force: true });
    },
  };
}
