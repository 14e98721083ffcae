import { assertTestDatabase } from './test-database-guard';

describe('test database guard', () => {
  it('allows a database whose name says test', () => {
    expect(() => assertTestDatabase('postgres://u:p@127.0.0.1:5432/khuyencong_test')).not.toThrow();
  });
  it('refuses the real database, naming it', () => {
    expect(() => assertTestDatabase('postgres://u:p@127.0.0.1:5432/khuyencong')).toThrow(
      'Refusing to run tests against database "khuyencong"',
    );
  });
  it('looks at the database name, not the host or user', () => {
    expect(() => assertTestDatabase('postgres://test:test@test-host:5432/production')).toThrow(/"production"/);
  });
});
