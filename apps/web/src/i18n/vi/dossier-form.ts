// Applicant: the multi-step dossier form. Vietnamese; the English twin in ../en/dossier-form.ts has the
// same shape.
export const dossierFormVi = {
  form: {
    newTitle: 'Tạo hồ sơ đề nghị hỗ trợ',
    editTitle: 'Sửa thông tin hồ sơ',
    steps: 'Các bước',
    step: { program: 'Chương trình', establishment: 'Cơ sở', cost: 'Chi phí và nơi nộp', review: 'Xem lại' },
    program: 'Chương trình hỗ trợ',
    title: 'Tên đề án / nội dung đề nghị hỗ trợ',
    titleHint: 'Ví dụ: Ứng dụng máy CNC trong sản xuất cơ khí',
    establishment: 'Thông tin cơ sở',
    estName: 'Tên cơ sở',
    estType: 'Loại hình',
    choose: '— Chọn —',
    taxCode: 'Mã số thuế',
    taxCodeHint: '10 chữ số, hoặc 10-3 với chi nhánh. Hộ kinh doanh chưa có có thể bỏ trống.',
    address: 'Địa chỉ cơ sở sản xuất',
    phone: 'Số điện thoại',
    localUnit: 'Nơi nộp hồ sơ (UBND xã/phường)',
    localUnitHint: 'Đơn vị cấp xã/phường nơi cơ sở hoạt động (theo địa giới từ 01/7/2025).',
    chooseUnit: '— Chọn xã/phường —',
    costSection: 'Chi phí đề nghị hỗ trợ',
    docsAfter: 'Sau khi lưu hồ sơ nháp, bạn sẽ tải lên {count} tài liệu rồi nộp.',
    create: 'Lưu hồ sơ nháp',
  },
};
