import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Topics } from '@kc/contracts';
import { startServiceUnderTest } from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';

export const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** The applications service on the real database and broker, with its own consumer group and a token issuer. */
export async function startApplications() {
  const documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-docs-'));
  const sut = await startServiceUnderTest({
    definition: serviceDefinition,
    env: () => ({ DOCUMENTS_DIR: documentsDir, MAX_UPLOAD_BYTES: String(64 * 1024) }),
    bootstrap: async () => (await import('../src/bootstrap-applications')).bootstrapApplications,
    tap: [Topics.applicationsEvents],
  });
  const { base } = sut;

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
    app: sut.app,
    base,
    kafka: sut.kafka,
    issuer: sut.issuer,
    tap: sut.tap,
    call,
    upload,
    async close() {
      await sut.close();
      fs.rmSync(documentsDir, { recursive: true, force: true });
    },
  };
}
