// Leader: approvals waiting and the programme budgets. Vietnamese; the English twin in ../en/leader.ts has
// the same shape.
export const leaderVi = {
  leader: {
    budgetsOf: 'Ngân sách năm {year} theo chương trình',
    title: 'Phê duyệt và nhiệm vụ quá hạn',
    budgets: 'Ngân sách theo chương trình',
    year: 'Năm',
    total: 'Tổng',
    reserved: 'Đã giữ chỗ',
    available: 'Còn lại',
    waiting: 'Đang chờ ngân sách',
    noBudgets: 'Chưa có ngân sách nào.',
    waitingApprovals: 'Hồ sơ chờ phê duyệt',
    noApprovals: 'Không có hồ sơ nào chờ phê duyệt.',
    escalated: 'Nhiệm vụ quá hạn được báo lên',
    noEscalated: 'Không có nhiệm vụ quá hạn.',
  },
  budget: {
    title: 'Đặt ngân sách năm {year}',
    program: 'Chương trình',
    choose: '— Chọn chương trình —',
    required: 'Hãy chọn chương trình.',
    total: 'Tổng ngân sách (đồng)',
    totalHint: 'Ví dụ: 5.000.000.000',
    badAmount: 'Nhập số tiền bằng chữ số, ví dụ 5.000.000.000.',
    reason: 'Lý do thay đổi',
    reasonShort: 'Cần nêu lý do (ít nhất 5 ký tự).',
    save: 'Lưu ngân sách',
    saved: 'Đã lưu: tổng {total}, còn lại {available}.',
  },
};
