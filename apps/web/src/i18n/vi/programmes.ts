// The home page: the programmes, their rules and the support estimator. Vietnamese; the English twin in
// ../en/programmes.ts has the same shape.
export const programmesVi = {
  home: {
    title: 'Hỗ trợ khuyến công cho cơ sở công nghiệp nông thôn',
    intro:
      'Nộp hồ sơ đề nghị hỗ trợ kinh phí khuyến công trực tuyến: chọn chương trình, ước tính mức hỗ trợ, tải lên tài liệu và theo dõi tiến trình xử lý mà không cần đến trụ sở.',
    ctaStart: 'Nộp hồ sơ trực tuyến',
    ctaLookup: 'Tra cứu hồ sơ',
    programsTitle: 'Các chương trình hỗ trợ',
    tierCommune: 'Từ ngày 01/7/2025, hồ sơ được tiếp nhận tại UBND cấp xã/phường nơi cơ sở hoạt động.',
    tierDistrict: 'Hồ sơ được tiếp nhận tại UBND cấp huyện nơi cơ sở hoạt động.',
    legalBasis: 'Căn cứ pháp lý',
    applicants: 'Đối tượng',
    documents: 'Tài liệu cần nộp ({count})',
    estimateTitle: 'Ước tính mức hỗ trợ',
    estimateIntro: 'Mức ước tính theo quy định hiện hành; mức chính thức do cơ quan thẩm định quyết định.',
    estimateProgram: 'Chương trình',
    estimateButton: 'Tính mức hỗ trợ',
    estimateResult: 'Mức hỗ trợ ước tính',
  },
  rule: {
    percent: 'Hỗ trợ tối đa {percent} chi phí, không quá {cap}/{unit}',
    perModel: 'mô hình',
    perEstablishment: 'cơ sở',
    wholeLine: 'Dây chuyền công nghệ đồng bộ: mức trần nâng lên {cap}',
    interest: 'Hỗ trợ {share} lãi suất vốn vay, tối đa {months} tháng, không quá {cap}/cơ sở',
  },
  establishmentType: {
    SME: 'Doanh nghiệp nhỏ và vừa',
    COOPERATIVE: 'Hợp tác xã',
    COOPERATIVE_GROUP: 'Tổ hợp tác',
    HOUSEHOLD_BUSINESS: 'Hộ kinh doanh',
  },
  cost: {
    eligibleCost: 'Chi phí hợp lệ dự kiến (đồng)',
    eligibleCostHint: 'Tổng chi phí thuộc các khoản được hỗ trợ, ví dụ 600.000.000',
    wholeLine: 'Đầu tư dây chuyền công nghệ đồng bộ',
    loanAmount: 'Số tiền vay (đồng)',
    loanAmountHint: 'Theo hợp đồng tín dụng, ví dụ 2.000.000.000',
    rate: 'Lãi suất vay (%/năm)',
    rateHint: 'Ví dụ 9,5',
    months: 'Số tháng vay được hỗ trợ',
    monthsHint: 'Tối đa {max} tháng',
    equals: '= {money}',
  },
};
