/**
 * TypeORM's Postgres driver answers an UPDATE … RETURNING with `[rows, affectedCount]` (an INSERT with
 * the rows alone): this takes the rows out of either.
 */
export function updatedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as T[];
  return result as T[];
}
