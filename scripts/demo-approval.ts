// npm run demo:approval (after npm start): the demo users take one dossier through every stage over the
// gateway, exactly as the API documentation describes: the applicant submits, then each officer finds
// the task in their inbox and acts on it. Prints each step; ends with the applicant's timeline.
const GATEWAY = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
const PASSWORD = process.env.DEMO_PASSWORD ?? 'KhuyenCong@2026';
const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function call(method: string, path: string, token?: string, body?: unknown): Promise<Json> {
  const res = await fetch(`${GATEWAY}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  const answer = (await res.json()) as Json;
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(answer)}`);
  return answer;
}

async function login(email: string): Promise<string> {
  const answer = await call('POST', '/api/auth/login', undefined, {
    email: `${email}@khuyencong.test`,
    password: PASSWORD,
  });
  return answer.accessToken as string;
}

/** Waits until the user's inbox shows the dossier's open task at `stage`, then takes `action` on it. */
async function act(token: string, applicationId: string, stage: string, action: string, body: object = {}) {
  for (let i = 0; i < 100; i++) {
    const list = await call(
      'GET',
      `/api/appraisals/tasks?stage=${stage}&status=open&applicationId=${applicationId}`,
      token,
    );
    const task = (list.items as Json[]).find((t) => t.applicationId === applicationId);
    if (task) {
      const done = await call('POST', `/api/appraisals/tasks/${task.taskId}/${action}`, token, body);
      console.log(`  ${stage.padEnd(21)} ${action.padEnd(20)} → ${done.state.stage}`);
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no ${stage} task for ${applicationId} in this user's inbox`);
}

/** The appraiser's seating task has opened: seats the directory's council members on the dossier. */
async function seatCouncil(token: string, applicationId: string) {
  const directory = await call('GET', '/api/identity/directory?role=COUNCIL_MEMBER&pageSize=100', token);
  const memberIds = (directory.items as Json[]).map((m) => m.id as string);
  for (let i = 0; i < 100; i++) {
    const list = await call(
      'GET',
      `/api/appraisals/tasks?stage=COUNCIL_REVIEW&status=open&applicationId=${applicationId}`,
      token,
    );
    if ((list.items as Json[]).length > 0) {
      const seated = await call('PUT', `/api/appraisals/approvals/${applicationId}/council`, token, { memberIds });
      console.log(`  ${'COUNCIL_REVIEW'.padEnd(21)} ${'seat-council'.padEnd(20)} → ${memberIds.length} members`);
      return seated;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no council seating task for ${applicationId}`);
}

async function main(): Promise<void> {
  const [applicant, commune, appraiser, leader, ...council] = await Promise.all(
    ['chu.co.so', 'can.bo.xa', 'tham.dinh', 'lanh.dao', 'hoi.dong', 'hoi.dong.2', 'hoi.dong.3'].map(login),
  );
  const draft = await call('POST', '/api/applications/applications', applicant, {
    programCode: 'MACHINERY',
    title: 'Đề nghị hỗ trợ máy sấy hạt điều',
    establishment: { name: 'Cơ sở cơ khí An Phát', type: 'HOUSEHOLD_BUSINESS', address: 'Ấp 3, xã Xuân Lộc, Đồng Nai' },
    localUnitCode: 'X-XUAN-LOC',
    cost: { eligibleCostVnd: 400_000_000 },
  });
  for (const code of ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'QUOTATIONS']) {
    const form = new FormData();
    form.append('requirementCode', code);
    form.append('file', new Blob([new Uint8Array(PDF)]), `${code}.pdf`);
    await call('POST', `/api/applications/applications/${draft.id}/documents`, applicant, form);
  }
  const submitted = await call('POST', `/api/applications/applications/${draft.id}/submit`, applicant);
  console.log(`submitted ${submitted.dossierCode} (support ${submitted.proposedSupportVnd} đồng)`);
  const id = draft.id as string;
  await act(commune!, id, 'RECEPTION', 'accept');
  await act(commune!, id, 'LOCAL_REVIEW', 'recommend', {
    supports: true,
    note: 'Cơ sở hoạt động ổn định, đề nghị hỗ trợ',
  });
  await act(appraiser!, id, 'DEPARTMENT_APPRAISAL', 'propose-amount', { amountVnd: 150_000_000 });
  await seatCouncil(appraiser!, id);
  for (const member of council) {
    await act(member, id, 'COUNCIL_REVIEW', 'declare-conflict', { hasConflict: false });
    await act(member, id, 'COUNCIL_REVIEW', 'vote', { approve: true, note: 'Đồng ý' });
  }
  await act(leader!, id, 'LEADER_APPROVAL', 'approve');
  await act(appraiser!, id, 'IMPLEMENTATION', 'record-acceptance', {
    passed: true,
    note: 'Máy đã lắp đặt, vận hành tốt',
  });
  await act(appraiser!, id, 'DISBURSEMENT', 'record-disbursement', { amountVnd: 150_000_000 });
  await new Promise((r) => setTimeout(r, 1500));
  const view = await call('GET', `/api/applications/applications/${id}`, applicant);
  console.log(`\n${view.dossierCode}: ${view.status}. Timeline the applicant sees:`);
  for (const t of view.timeline as Json[]) console.log(`  ${t.at}  ${t.labelVi}${t.note ? ` (${t.note})` : ''}`);
  console.log(`\nTemporal UI: http://127.0.0.1:8233/namespaces/khuyencong/workflows/support-request%2F${id}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
