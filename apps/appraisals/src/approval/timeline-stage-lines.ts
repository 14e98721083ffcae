import { en, vi, withNote, type LinesOf } from './timeline-line';

/** The dossier's way through the stages, and a stage paused for the applicant's documents. */
export const stageLines: LinesOf<'StageChanged' | 'SupplementRequested'> = {
  StageChanged: (e) =>
    e.from === e.to
      ? { vi: withNote(`Hồ sơ vào bước ${vi(e.to)}`, e.note), en: withNote(`Dossier entered ${en(e.to)}`, e.note) }
      : {
          vi: withNote(`Chuyển từ bước ${vi(e.from)} sang ${vi(e.to)}`, e.note),
          en: withNote(`Moved from ${en(e.from)} to ${en(e.to)}`, e.note),
        },
  SupplementRequested: (e) => ({
    vi: `Yêu cầu bổ sung: ${e.items.map((i) => `${i.documentCode} (${i.reasonVi})`).join('; ')}`,
    en: `Supplement requested: ${e.items.map((i) => i.documentCode).join(', ')}`,
  }),
};
