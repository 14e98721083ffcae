// The restore drill's OCOP data: one product taken through the gateway to its certificate, as in
// apps/ocop/test/ocop-evaluation.integration-spec.ts (registration, the commune's report, three council
// members who declare no conflict and score 75 points: 4★ by the province, certified).
import { ocopPackForRegistration, scoreTemplate } from '@kc/domain';
import { answersFor } from '@kc/domain/testing';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type DrillCall = (who: string, method: string, url: string, body?: unknown) => Promise<Json>;

/** Who the OCOP round needs, beyond the applicant: people the drill signs tokens for. */
export const OCOP_PEOPLE = {
  APPRAISER: { role: 'DEPARTMENT_APPRAISER', unit: 'DN-SCT' },
  MEMBER_1: { role: 'COUNCIL_MEMBER', unit: 'DN-HD-KC' },
  MEMBER_2: { role: 'COUNCIL_MEMBER', unit: 'DN-HD-KC' },
  MEMBER_3: { role: 'COUNCIL_MEMBER', unit: 'DN-HD-KC' },
} as const;
const MEMBERS = ['MEMBER_1', 'MEMBER_2', 'MEMBER_3'] as const;

/** Registers a product and takes it to its certificate; answers the certificate's number. */
export async function makeOcopCertificate(
  call: DrillCall,
  idOf: (who: string) => string,
  until: <T>(what: string, probe: () => Promise<T | undefined>) => Promise<T>,
): Promise<string> {
  const subject = await call('APPLICANT', 'POST', '/api/ocop/subjects', {
    kind: 'COOPERATIVE',
    name: 'Hợp tác xã diễn tập khôi phục',
    address: 'Ấp 3, xã Xuân Lộc, Đồng Nai',
    unitCode: 'X-XUAN-LOC',
  });
  const documents = ['REGISTRATION_FORM', 'BUSINESS_PLAN', 'ORGANISATION_FORM', 'SAMPLES'].map((kind) => ({
    kind,
    fileName: `${kind.toLowerCase()}.pdf`,
  }));
  const product = await call('APPLICANT', 'POST', '/api/ocop/products', {
    subjectId: subject.id,
    name: 'Bánh tráng phơi sương diễn tập',
    groupCode: 'FOOD',
    subgroupCode: 'FOOD-3b',
    documents,
  });
  const council = MEMBERS.map((m) => ({ userId: idOf(m), name: `Thành viên ${m.slice(-1)}` }));
  const evaluation = await call('APPRAISER', 'POST', `/api/ocop/products/${product.id}/evaluations`, { council });
  await call('LOCAL_OFFICER', 'POST', `/api/ocop/evaluations/${evaluation.id}/commune-report`, {
    summary: 'Nguyên liệu và lao động tại xã; sản phẩm của hợp tác xã.',
  });
  await until('the OCOP council tasks', async () =>
    ((await call('MEMBER_1', 'GET', '/api/ocop/council/tasks?status=OPEN')).items as Json[]).find(
      (t) => t.evaluationId === evaluation.id,
    ),
  );
  const template = scoreTemplate(ocopPackForRegistration(new Date().toISOString().slice(0, 10)), 'FOOD-3b');
  for (const m of MEMBERS)
    await call(m, 'POST', `/api/ocop/evaluations/${evaluation.id}/conflict-declaration`, { hasConflict: false });
  for (const m of MEMBERS)
    await call(m, 'PUT', `/api/ocop/evaluations/${evaluation.id}/score-sheet`, { answers: answersFor(template, 75) });
  const result = await until('the OCOP certificate', async () => {
    const r = await call('APPLICANT', 'GET', `/api/ocop/evaluations/${evaluation.id}/result`);
    return r.certificate ? r : undefined;
  });
  return result.certificate.number as string;
}

/** What anyone sees of a certificate on the public lookup: its stars and whether it is valid. */
export async function observeCertificate(base: string, number: string): Promise<string> {
  const res = await fetch(`${base}/api/ocop/public/certificates/${encodeURIComponent(number)}`);
  const body = (await res.json().catch(() => ({}))) as Json;
  return `${res.status} ${body.stars}★ ${body.valid ? 'valid' : 'not valid'}`;
}
