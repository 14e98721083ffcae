import { z } from 'zod';

/** `page`/`pageSize` of a paginated list's query string; spread into the list's own `z.strictObject`. */
export const pageQueryShape = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/** The rows a page skips. */
export const pageOffset = (q: { page: number; pageSize: number }) => (q.page - 1) * q.pageSize;
