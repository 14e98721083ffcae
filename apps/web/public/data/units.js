/**
 * Receiving local units (đơn vị tiếp nhận hồ sơ) of the two-tier local government in force since 01/7/2025:
 * the COMMUNE and WARD entries of libs/domain/src/reference/dong-nai-units.json (a demo subset there too).
 * Replace with a units API once one exists.
 */
export const LOCAL_UNITS = [
  { code: 'P-BIEN-HOA', name: 'Phường Biên Hòa', kind: 'WARD' },
  { code: 'P-LONG-KHANH', name: 'Phường Long Khánh', kind: 'WARD' },
  { code: 'X-CAM-MY', name: 'Xã Cẩm Mỹ', kind: 'COMMUNE' },
  { code: 'X-DINH-QUAN', name: 'Xã Định Quán', kind: 'COMMUNE' },
  { code: 'X-LONG-THANH', name: 'Xã Long Thành', kind: 'COMMUNE' },
  { code: 'X-NHON-TRACH', name: 'Xã Nhơn Trạch', kind: 'COMMUNE' },
  { code: 'X-TAN-PHU', name: 'Xã Tân Phú', kind: 'COMMUNE' },
  { code: 'X-TRANG-BOM', name: 'Xã Trảng Bom', kind: 'COMMUNE' },
  { code: 'X-XUAN-LOC', name: 'Xã Xuân Lộc', kind: 'COMMUNE' },
];

export const unitName = (code) => LOCAL_UNITS.find((u) => u.code === code)?.name ?? code;
