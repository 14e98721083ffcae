import type { ProgramCode } from '@kc/contracts';

/** The support programmes of the seed plan (architecture.md §1); support rules live in the rule packs. */
export const Programs: Readonly<Record<ProgramCode, { nameVi: string; nameEn: string }>> = {
  ROOFTOP_SOLAR: {
    nameVi: 'Mô hình thí điểm sản xuất sạch hơn: điện mặt trời mái nhà tại cơ sở công nghiệp nông thôn',
    nameEn: 'Pilot cleaner-production model: rooftop solar at a rural industrial establishment',
  },
  DEMO_MODEL: { nameVi: 'Mô hình trình diễn kỹ thuật', nameEn: 'Technical demonstration model' },
  MACHINERY: {
    nameVi: 'Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ',
    nameEn: 'Advanced machinery and technology transfer',
  },
  RELOCATION_INTEREST: {
    nameVi: 'Hỗ trợ lãi suất vốn vay di dời vào cụm công nghiệp',
    nameEn: 'Interest-rate support for relocating into an industrial cluster',
  },
};
