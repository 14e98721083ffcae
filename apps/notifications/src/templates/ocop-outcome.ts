import type { Language } from './language';
import { LEVELS } from './ocop-levels';

type Routing =
  | { kind: 'RECOGNISE'; level: string; stars: number }
  | { kind: 'FORWARD'; from: string; to: string }
  | { kind: 'NOT_RECOGNISED'; reason: 'MANDATORY_FAILED' | 'BELOW_CERTIFICATE' }
  | { kind: 'QUORUM_NOT_REACHED' };

/** What an OCOP council's result means for the holder, in one phrase (every routing kind has stars or not). */
export function ocopOutcome(value: unknown, language: Language): string {
  const r = value as Routing;
  const level = (code: string) => LEVELS[code]?.[language] ?? code;
  const vi = language === 'vi';
  switch (r?.kind) {
    case 'RECOGNISE':
      return vi
        ? `đạt ${r.stars} sao, được công nhận ở cấp ${level(r.level)}`
        : `${r.stars} stars, recognised at ${level(r.level)} level`;
    case 'FORWARD':
      return vi
        ? `được chuyển từ cấp ${level(r.from)} lên cấp ${level(r.to)} để đánh giá tiếp`
        : `forwarded from ${level(r.from)} to ${level(r.to)} level for further evaluation`;
    case 'NOT_RECOGNISED':
      if (r.reason === 'MANDATORY_FAILED')
        return vi ? 'không đạt: chưa đáp ứng tiêu chí bắt buộc' : 'not recognised: a mandatory criterion failed';
      return vi ? 'chưa đạt mức 3 sao để được công nhận' : 'below the 3 stars needed for recognition';
    case 'QUORUM_NOT_REACHED':
      return vi
        ? 'hội đồng chưa đủ số phiếu hợp lệ, sẽ đánh giá lại'
        : 'the council lacked a quorum; it will evaluate again';
    default:
      return vi ? 'chưa có kết quả' : 'no result yet';
  }
}
