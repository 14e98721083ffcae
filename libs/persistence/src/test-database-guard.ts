/**
 * Tests drop and recreate schemas. This guard refuses to let them touch a database whose name does not
 * say `test`, so a mistyped DATABASE_URL can never wipe real dossiers.
 */
export function assertTestDatabase(url: string): void {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test".`);
  }
}
