/** OCOP evaluation levels, as notices name them. */
export const LEVELS: Readonly<Record<string, { vi: string; en: string }>> = {
  COMMUNE: { vi: 'xã', en: 'commune' },
  DISTRICT: { vi: 'huyện', en: 'district' },
  PROVINCE: { vi: 'tỉnh', en: 'province' },
  CENTRAL: { vi: 'trung ương', en: 'central' },
};
