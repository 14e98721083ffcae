/** Schema names are interpolated into SQL (they cannot be parameters), so only plain identifiers pass. */
export function assertSqlIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  return name;
}

/** First key of the two-key advisory locks, so the relay's and the writers' locks never collide. */
export const AdvisoryLockClasses = { relay: 1, aggregateWriter: 2 } as const;
