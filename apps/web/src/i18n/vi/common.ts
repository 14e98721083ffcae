// Texts several screens share: statuses, errors, the timeline, the viewer, 404 and 403. Vietnamese; the
// English twin in ../en/common.ts has the same shape.
export const commonVi = {
  status: {
    DRAFT: 'Nháp',
    SUBMITTED: 'Đã nộp',
    IN_REVIEW: 'Đang xử lý',
    AWAITING_SUPPLEMENT: 'Chờ bổ sung',
    APPROVED: 'Đã phê duyệt',
    COMPLETED: 'Hoàn thành',
    CLOSED: 'Đã đóng',
    WITHDRAWN: 'Đã rút',
  },
  errors: {
    network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    server: 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.',
    rateLimited: 'Bạn thao tác quá nhanh. Vui lòng đợi một lát rồi thử lại.',
    unauthorized: 'Vui lòng đăng nhập lại.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    notFound: 'Không tìm thấy.',
    tooLarge: 'Tệp quá lớn: mỗi tệp tối đa 10 MB.',
    badType: 'Định dạng tệp không được chấp nhận. Chỉ nhận PDF, JPEG, PNG, DOCX, XLSX (kiểm tra theo nội dung tệp).',
    generic: 'Đã có lỗi xảy ra.',
    units: 'Không tải được danh sách đơn vị hành chính.',
  },
  timeline: { empty: 'Chưa có sự kiện nào.' },
  viewer: {
    view: 'Xem',
    noPreview: 'Không xem trước được loại tệp này; hãy tải xuống.',
  },
  notFound: { title: 'Không tìm thấy trang', text: 'Đường dẫn không tồn tại hoặc đã thay đổi.', home: 'Về trang chủ' },
  forbidden: { title: 'Không có quyền truy cập', text: 'Tài khoản của bạn không dùng được trang này.' },
};
