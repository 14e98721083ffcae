// The receipt's page geometry and fonts, shared by the parts that draw it.
export const MARGIN = 56;
export const PAGE_WIDTH = 595.28; // A4 in points
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const HEADER_LEFT_WIDTH = 190;
export const LABEL_WIDTH = 150;
export const GREY = '#555555';

// PDFKit's standard 14 fonts are WinAnsi-only and drop Vietnamese letters, so a TrueType font is embedded.
// DejaVu Sans (not Serif) because it is the DejaVu face that also has the đồng sign ₫.
// Resolved at call time through the package so it works from sources and from dist/ alike.
export const FONTS = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  mono: 'DejaVuSansMono-Bold.ttf',
} as const;
export type FontName = keyof typeof FONTS;
