/**
 * New-rural (nông thôn mới) criteria 4 (electricity) and 7 (rural commercial infrastructure) as the
 * Department of Industry and Trade appraises them (domain.md §3). Everything here is data: thresholds
 * live in templates keyed by period, level and region or commune group, never in code.
 */

/**
 * Levels a commune (or one of its residential areas) is appraised at. MODEL exists in 2021–2025 only
 * (QĐ 319/QĐ-TTg); MODERN is the pilot "xã NTM hiện đại" of 2026–2030 (QĐ 51/2025/QĐ-TTg, Annex II).
 */
export const ruralLevels = ['STANDARD', 'ADVANCED', 'MODEL', 'MODERN', 'MODEL_RESIDENTIAL_AREA'] as const;
export type RuralLevel = (typeof ruralLevels)[number];

/** The six socio-economic regions of QĐ 318/QĐ-TTg; Đồng Nai is in the South-East (Đông Nam Bộ). */
export const ruralRegions = [
  'RED_RIVER_DELTA',
  'SOUTH_EAST',
  'NORTH_CENTRAL_AND_CENTRAL_COAST',
  'MEKONG_DELTA',
  'NORTHERN_MIDLANDS_AND_MOUNTAINS',
  'CENTRAL_HIGHLANDS',
] as const;
export type RuralRegion = (typeof ruralRegions)[number];

/** Commune groups of QĐ 51/2025/QĐ-TTg (2026–2030): 1 peri-urban, 2 others, 3 ethnic-minority/mountain. */
export type CommuneGroup = 1 | 2 | 3;

export type RuralPeriod = '2021-2025' | '2026-2030';

/** A value we have not confirmed in the official text: shown to the appraiser with the text to check. */
export interface Unverified {
  verified: false;
  /** Where to confirm it (instrument, annex, article). */
  check: string;
}
export type Verification = { verified: true } | Unverified;
