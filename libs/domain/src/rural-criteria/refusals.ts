/** A refusal of the procedure, typed: a code for programs, a text in each language for people. */
export interface RuralRefusal {
  code: string;
  vi: string;
  en: string;
}

const r = (code: string, vi: string, en: string): RuralRefusal => ({ code, vi, en });

/** Every way the procedure refuses an action; validators answer one of these, the API sends it as a 409. */
export const ruralRefusals = {
  noSuchAction: (stageVi: string, action: string) =>
    r('ACTION_NOT_AT_STAGE', `Bước ${stageVi} không có thao tác này.`, `${action} is not possible at this stage.`),
  wrongRole: (roles: readonly string[]) =>
    r(
      'ROLE_NOT_ALLOWED',
      'Bạn không có vai trò thực hiện thao tác này.',
      `This action needs one of: ${roles.join(', ')}.`,
    ),
  wrongUnit: r('UNIT_NOT_ALLOWED', 'Hồ sơ thuộc đơn vị khác.', 'The appraisal belongs to another unit.'),
  missing: (field: string) =>
    r(
      'FIELD_REQUIRED',
      `Cần nhập ${fieldNamesVi[field] ?? field} (ít nhất 5 ký tự).`,
      `${field} is required (at least 5 characters).`,
    ),
  incomplete: (missing: string[]) =>
    r(
      'ASSESSMENT_INCOMPLETE',
      `Bản tự đánh giá chưa đủ: ${missing.join(', ')}.`,
      `The self-assessment is incomplete: ${missing.join(', ')}.`,
    ),
  unknownIndicator: (code: string) =>
    r('UNKNOWN_INDICATOR', `Không có chỉ tiêu ${code} trong bộ tiêu chí.`, `No indicator ${code} in the template.`),
  indicatorsPending: (codes: string[]) =>
    r(
      'INDICATORS_PENDING',
      `Còn chỉ tiêu chưa thẩm định: ${codes.join(', ')}.`,
      `Indicators not yet appraised: ${codes.join(', ')}.`,
    ),
} as const;

const fieldNamesVi: Record<string, string> = {
  reason: 'lý do',
  note: 'nhận xét',
  documentRef: 'số hiệu văn bản',
  minutes: 'nội dung biên bản',
  items: 'danh sách nội dung cần bổ sung',
  conclusionNumber: 'số văn bản kết luận',
  indicatorCodes: 'các chỉ tiêu không còn đạt',
};
