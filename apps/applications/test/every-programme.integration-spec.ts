import { PDF, startApplications } from './applications-harness';

type Harness = Awaited<ReturnType<typeof startApplications>>;

const establishment = {
  name: 'Hợp tác xã Cơ khí Long Thành',
  type: 'COOPERATIVE',
  address: 'Ấp 2, xã Long Thành, Đồng Nai',
};

/** One dossier per programme, each with the documents its rule asks for; support as the law computes it. */
const cases = [
  {
    programCode: 'DEMO_MODEL',
    cost: { eligibleCostVnd: 2_000_000_000 },
    docs: ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL'],
    support: 600_000_000,
  },
  {
    programCode: 'MACHINERY',
    cost: { eligibleCostVnd: 900_000_000, wholeTechnologyLine: true },
    docs: ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'QUOTATIONS'],
    support: 450_000_000,
  },
  {
    programCode: 'RELOCATION_INTEREST',
    cost: { loanAmountVnd: 1_000_000_000, annualInterestRate: 1200, months: 12 },
    docs: ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'LOAN_CONTRACT', 'RELOCATION_DECISION'],
    support: 60_000_000,
  },
  {
    programCode: 'ROOFTOP_SOLAR',
    cost: { eligibleCostVnd: 1_000_000_000 },
    docs: ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'SOLAR_DESIGN'],
    support: 300_000_000,
  },
];

describe('a dossier for each support programme', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startApplications();
  });
  afterAll(async () => h?.close());

  it.each(cases)(
    '$programCode: filled, documented, submitted, with the support its rule gives',
    async ({ programCode, cost, docs, support }) => {
      const { authorization } = await h.issuer.token({ name: 'Hợp tác xã Cơ khí Long Thành' });
      const created = await h.call('POST', '/applications', authorization, {
        programCode,
        title: `Đề nghị hỗ trợ ${programCode}`,
        establishment,
        localUnitCode: 'X-LONG-THANH',
        cost,
      });
      expect(created.status).toBe(201);
      for (const code of docs)
        expect((await h.upload(authorization, created.body.id, code, PDF, `${code}.pdf`)).status).toBe(201);
      const submitted = await h.call('POST', `/applications/${created.body.id}/submit`, authorization);
      expect(submitted.status).toBe(201);
      expect(submitted.body.proposedSupportVnd).toBe(support);
    },
  );

  it('refuses a loan-based cost for a cost-based programme at submission, naming the field', async () => {
    const { authorization } = await h.issuer.token();
    const created = await h.call('POST', '/applications', authorization, {
      programCode: 'DEMO_MODEL',
      title: 'Mô hình trình diễn',
      establishment,
      localUnitCode: 'X-LONG-THANH',
      cost: { loanAmountVnd: 1_000_000_000, annualInterestRate: 1200, months: 12 },
    });
    for (const code of cases[0].docs) await h.upload(authorization, created.body.id, code, PDF, `${code}.pdf`);
    const submitted = await h.call('POST', `/applications/${created.body.id}/submit`, authorization);
    expect(submitted.status).toBe(422);
    expect(submitted.body.fields.map((f: { field: string }) => f.field)).toEqual(['cost']);
  });
});
