// The Department's appraiser starts a product's OCOP evaluation round with its council (ocop service).
import { api } from './client';

export interface StartRound {
  council: { userId: string; name: string }[];
  communeReport?: { summary: string };
}

export const OcopRounds = {
  start: (productId: string, body: StartRound) =>
    api<{ id: string }>(`/api/ocop/products/${encodeURIComponent(productId)}/evaluations`, { method: 'POST', body }),
};
