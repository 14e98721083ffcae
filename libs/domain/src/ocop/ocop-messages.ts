import type { OcopLevel } from './ocop-pack';
import { formatCentipoints, type Centipoints, type Points } from './points';
import type { OcopStars } from './star-bands';

/** User-facing OCOP texts, Vietnamese first, English second (conventions.md: from a catalogue, not inline). */
export interface OcopMessage {
  vi: string;
  en: string;
}

const LEVEL_NAMES: Record<OcopLevel, OcopMessage> = {
  COMMUNE: { vi: 'cấp xã', en: 'commune level' },
  DISTRICT: { vi: 'cấp huyện', en: 'district level' },
  PROVINCE: { vi: 'cấp tỉnh', en: 'provincial level' },
  CENTRAL: { vi: 'cấp Trung ương', en: 'central level' },
};

const pts = (value: Centipoints) => formatCentipoints(value);

export const ocopMessages = {
  missingAnswer: (code: string): OcopMessage => ({
    vi: `Tiêu chí ${code}: chưa chấm điểm`,
    en: `Criterion ${code}: no score given`,
  }),
  unknownCriterion: (code: string): OcopMessage => ({
    vi: `Tiêu chí ${code} không có trong phiếu đánh giá`,
    en: `Criterion ${code} is not on this score sheet`,
  }),
  notWholePoints: (code: string): OcopMessage => ({
    vi: `Tiêu chí ${code}: điểm phải là số nguyên`,
    en: `Criterion ${code}: the score must be a whole number of points`,
  }),
  outOfRange: (code: string, max: Points): OcopMessage => ({
    vi: `Tiêu chí ${code}: điểm phải từ 0 đến ${max}`,
    en: `Criterion ${code}: the score must be between 0 and ${max}`,
  }),
  duplicateMember: (memberId: string): OcopMessage => ({
    vi: `Thành viên ${memberId} đã nộp phiếu`,
    en: `Member ${memberId} has already submitted a sheet`,
  }),
  tooManySheets: (sheets: number, members: number): OcopMessage => ({
    vi: `Có ${sheets} phiếu nhưng Hội đồng chỉ có ${members} thành viên`,
    en: `${sheets} sheets but the council has only ${members} members`,
  }),
  quorumNotReached: (sheets: number, quorum: number, members: number): OcopMessage => ({
    vi: `Chưa đủ số lượng: ${sheets}/${members} phiếu, cần ít nhất ${quorum}`,
    en: `Quorum not reached: ${sheets}/${members} sheets, at least ${quorum} needed`,
  }),
  average: (average: Centipoints, sheets: number): OcopMessage => ({
    vi: `Tổng điểm trung bình của ${sheets} thành viên: ${pts(average).vi}`,
    en: `Average total of ${sheets} members: ${pts(average).en}`,
  }),
  partAverage: (part: string, average: Centipoints, max: Points): OcopMessage => ({
    vi: `Phần ${part}: ${pts(average).vi}/${max}`,
    en: `Part ${part}: ${pts(average).en}/${max}`,
  }),
  band: (stars: OcopStars): OcopMessage => ({ vi: `Hạng ${stars} sao`, en: `${stars}-star band` }),
  mandatoryFailed: (code: string, nameVi: string, nameEn: string): OcopMessage => ({
    vi: `Không đạt yêu cầu tối thiểu: ${code} ${nameVi}`,
    en: `Mandatory minimum not met: ${code} ${nameEn}`,
  }),
  failed: (): OcopMessage => ({
    vi: 'Kết quả: Không đạt (không xếp hạng sao)',
    en: 'Result: fails (no stars awarded)',
  }),
  nextStar: (missing: Centipoints, stars: OcopStars): OcopMessage => ({
    vi: `Còn thiếu ${pts(missing).vi} điểm để đạt ${stars} sao`,
    en: `${pts(missing).en} points short of ${stars} stars`,
  }),
  recognisedBy: (level: OcopLevel, stars: OcopStars): OcopMessage => ({
    vi: `Công nhận ${stars} sao và cấp giấy chứng nhận ở ${LEVEL_NAMES[level].vi}`,
    en: `${stars} stars recognised and certified at ${LEVEL_NAMES[level].en}`,
  }),
  forwarded: (to: OcopLevel): OcopMessage => ({
    vi: `Đề nghị lên ${LEVEL_NAMES[to].vi} đánh giá`,
    en: `Proposed to the ${LEVEL_NAMES[to].en} for evaluation`,
  }),
  noCertificate: (minStars: OcopStars): OcopMessage => ({
    vi: `Không cấp giấy chứng nhận (chỉ cấp từ ${minStars} sao)`,
    en: `No certificate (issued from ${minStars} stars only)`,
  }),
};
