// Public lookups: a dossier by its code, an OCOP certificate by its number. Vietnamese; the English twin in
// ../en/lookup.ts has the same shape.
export const lookupVi = {
  lookup: {
    title: 'Tra cứu hồ sơ',
    intro: 'Nhập mã hồ sơ (dạng KC-2026-000123) và mã tra cứu in trên giấy tiếp nhận.',
    code: 'Mã hồ sơ',
    codeHint: 'Ví dụ: KC-2026-000123',
    secret: 'Mã tra cứu',
    secretHint: 'Không phân biệt hoa thường',
    button: 'Tra cứu',
    searching: 'Đang tra cứu…',
    stage: 'Bước hiện tại',
  },
  certificate: {
    title: 'Tra cứu giấy chứng nhận OCOP',
    intro: 'Nhập số giấy chứng nhận in trên nhãn sản phẩm, không cần đăng nhập.',
    number: 'Số giấy chứng nhận',
    numberHint: 'Ví dụ: OCOP-DN-2026-000001',
    button: 'Tra cứu',
    holder: 'Chủ thể',
    unit: 'Địa phương',
    issuedBy: 'Cơ quan cấp',
    validity: 'Hiệu lực',
    status: 'Tình trạng',
  },
};
