// What the smoke run checks through the gateway, as a user would: each service's /health, then a dossier
// submitted by the demo applicant reaching its first task in the commune officer's appraisals inbox.
import { GATEWAY, deadline, portOf, type Json } from './settings';
import { say } from './commands';

const PASSWORD = 'KhuyenCong@2026';

async function call(method: string, url: string, token?: string, body?: unknown): Promise<Json> {
  const res = await fetch(`${GATEWAY}${url}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  const answer = (await res.json().catch(() => ({}))) as Json;
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** Probes every 2 s until it gives a value, within limitMs and the run's deadline. */
export async function until<T>(what: string, limitMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Math.min(deadline, Date.now() + limitMs);
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error(`${what}: not after ${Math.round(limitMs / 1000)}s${last ? ` (last error: ${String(last)})` : ''}`);
}

export async function healthy(app: string): Promise<true | undefined> {
  const res = await fetch(`http://127.0.0.1:${portOf(app)}/health`, { signal: AbortSignal.timeout(4000) });
  return res.ok ? true : undefined;
}

const login = async (user: string): Promise<string> =>
  (await call('POST', '/api/auth/login', undefined, { email: `${user}@khuyencong.test`, password: PASSWORD }))
    .accessToken as string;

export async function submitAndSeeFirstTask(): Promise<void> {
  const applicant = await login('chu.co.so');
  const draft = await call('POST', '/api/applications/applications', applicant, {
    programCode: 'MACHINERY',
    title: 'Đề nghị hỗ trợ máy sấy hạt điều (kiểm tra container)',
    establishment: { name: 'Cơ sở cơ khí An Phát', type: 'HOUSEHOLD_BUSINESS', address: 'Ấp 3, xã Xuân Lộc, Đồng Nai' },
    localUnitCode: 'X-XUAN-LOC',
    cost: { eligibleCostVnd: 400_000_000 },
  });
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  for (const code of ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'QUOTATIONS']) {
    const form = new FormData();
    form.append('requirementCode', code);
    form.append('file', new Blob([new Uint8Array(pdf)]), `${code}.pdf`);
    await call('POST', `/api/applications/applications/${draft.id}/documents`, applicant, form);
  }
  const submitted = await call('POST', `/api/applications/applications/${draft.id}/submit`, applicant);
  say(`submitted ${submitted.dossierCode} through the gateway (application ${draft.id})`);
  const officer = await login('can.bo.xa');
  const task = await until('the first task in the commune officer inbox', 120_000, async () => {
    const list = await call('GET', `/api/appraisals/tasks?status=open&applicationId=${draft.id}`, officer);
    return (list.items as Json[]).find((t) => t.applicationId === draft.id);
  });
  say(`first task in the appraisals inbox of can.bo.xa: stage ${task.stage}, task ${task.taskId}`);
}
