import type { EventEnvelope } from '@kc/contracts';
import type { DatedFact, Payload } from './case-facts';

/** What an OCOP evaluation's facts need from the product registered before it (same topic, same key). */
export interface ProductFacts {
  unitCode: string;
  groupCode: string;
}

export interface FactContext {
  product(productId: string): Promise<ProductFacts | undefined>;
}

export type FactProjector = (p: Payload, e: EventEnvelope, ctx: FactContext) => Promise<DatedFact[]> | DatedFact[];
