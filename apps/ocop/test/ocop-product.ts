type Call = (
  method: string,
  url: string,
  authorization: string,
  body?: unknown,
) => Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The four documents a product needs (QĐ 1489), as the registration form sends them. */
export const productDocuments = () =>
  ['REGISTRATION_FORM', 'BUSINESS_PLAN', 'ORGANISATION_FORM', 'SAMPLES'].map((kind) => ({
    kind,
    fileName: `${kind.toLowerCase()}.pdf`,
  }));

/**
 * A subject of commune Xuân Lộc and one FOOD-3b product of it, registered through the API by `authorization`
 * (for tests about what happens after registration); answers the product's id.
 */
export async function registerProduct(
  call: Call,
  authorization: string,
  names: { kind: string; subject: string; product: string },
): Promise<string> {
  const subject = await call('POST', '/subjects', authorization, {
    kind: names.kind,
    name: names.subject,
    address: 'Xã Xuân Lộc, Đồng Nai',
    unitCode: 'X-XUAN-LOC',
  });
  if (subject.status !== 201) throw new Error(`subject registration answered ${subject.status}`);
  const product = await call('POST', '/products', authorization, {
    subjectId: subject.body.id,
    name: names.product,
    groupCode: 'FOOD',
    subgroupCode: 'FOOD-3b',
    documents: productDocuments(),
  });
  if (product.status !== 201) throw new Error(`product registration answered ${product.status}`);
  return product.body.id as string;
}
