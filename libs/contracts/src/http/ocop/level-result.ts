// What the OCOP service (/api/ocop) answers about one council's outcome: its result in points and its routing.
import type { z } from 'zod';
import type { ocopRoutingSchema } from '../../events/ocop/evaluation-events';

export type OcopRouting = z.infer<typeof ocopRoutingSchema>;

/** A council's result in points, with what failed, what the next star lacks and the explanation. */
export interface OcopLevelResult {
  level: string;
  status: string;
  quorum: number;
  result: {
    outcome: string;
    sheetsCounted: number;
    averageTotal: number | null;
    parts: { part: 'A' | 'B' | 'C'; average: number | null; max: number }[];
    bandStars: number | null;
    stars: number | null;
    failedMandatory: { code: string; nameVi: string; nameEn: string; minimumPoints: number; average: number | null }[];
    nextStar: { stars: number; pointsMissing: number | null } | null;
    routing: OcopRouting;
    explanation: readonly { vi: string; en: string }[];
  } | null;
}
