/** Facts a criterion-7 market must show (1327/QĐ-BCT Annex II Part I Section II; the same in 1214). */
export interface MarketFacts {
  /** The market is in the province's market network plan (chợ trong quy hoạch). */
  planned: boolean;
  tradingPoints: number;
  /** Total area of the trading points, m². */
  tradingAreaM2: number;
  hall: 'PERMANENT' | 'SEMI_PERMANENT' | 'TEMPORARY';
  hardenedFloor: boolean;
  signboard: boolean;
  separateToilets: boolean;
  parking: boolean;
  separateZones: boolean;
}

export const storeTypes = ['MINI_SUPERMARKET', 'CONVENIENCE_STORE', 'GENERAL_STORE'] as const;
export type StoreType = (typeof storeTypes)[number];

export interface StoreFacts {
  type: StoreType;
  /** Meets the store standard of the guidance (area, goods lines: not retrieved, so judged as one fact). */
  meetsStandard: boolean;
}
