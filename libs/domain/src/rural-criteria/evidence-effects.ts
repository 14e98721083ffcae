import { recorded, type Effect } from './rural-effect';

type EvidenceAction = 'VERIFY' | 'RECORD_POWER_CONFIRMATION' | 'RECORD_INSPECTION';

/** The evidence: the district's verification, the power company's confirmation, the site inspection. */
export const evidenceEffects: { [T in EvidenceAction]: Effect<T> } = {
  VERIFY: (_s, a) => [recorded('VERIFY', `Cấp huyện thẩm tra: ${a.note}`, `District verified: ${a.note}`)],
  RECORD_POWER_CONFIRMATION: (s, a) => {
    s.powerConfirmationRef = a.documentRef;
    return [
      recorded(
        a.type,
        `Công ty Điện lực xác nhận (văn bản ${a.documentRef}).`,
        `Power company confirmed (${a.documentRef}).`,
      ),
    ];
  },
  RECORD_INSPECTION: (s, a) => {
    s.inspection = { minutes: a.minutes, documentRef: a.documentRef };
    return [
      recorded(
        a.type,
        `Biên bản kiểm tra thực tế ${a.documentRef}: ${a.minutes}`,
        `Site inspection minutes ${a.documentRef}.`,
      ),
    ];
  },
};
