import { parseConfig, serviceConfigSchema } from './service-config';
import { productionConfigProblems, refuseDemoSettingsInProduction } from './production-guard';

const config = (env: Record<string, string>) => parseConfig(serviceConfigSchema(1), env);

describe('production refuses demo settings', () => {
  it('names the default database credentials', () => {
    const problems = productionConfigProblems(config({}));
    expect(problems).toEqual([
      expect.stringContaining('default database credentials'),
      expect.stringContaining('shared owner role'),
    ]);
    expect(() => refuseDemoSettingsInProduction(config({ NODE_ENV: 'production' }), problems)).toThrow(
      /Refusing to start in production[\s\S]*default database credentials/,
    );
  });

  it('accepts a role of its own, and checks nothing outside production', () => {
    const own = config({ DATABASE_URL: 'postgres://applications_svc:Xq9!long-secret@db:5432/khuyencong' });
    expect(productionConfigProblems(own)).toEqual([]);
    expect(() => refuseDemoSettingsInProduction(config({}), ['anything'])).not.toThrow();
  });

  it("refuses the shared owner role, a password equal to the role's name, and roles derived from the owner's URL", () => {
    const owner = config({ DATABASE_URL: 'postgres://khuyencong:Xq9!long-secret@db:5432/khuyencong' });
    expect(productionConfigProblems(owner)).toEqual([expect.stringContaining('shared owner role')]);
    const samePassword = config({ DATABASE_URL: 'postgres://ocop_svc:ocop_svc@db:5432/khuyencong' });
    expect(productionConfigProblems(samePassword)).toEqual([expect.stringContaining('default database credentials')]);
    const derived = config({
      DATABASE_URL: 'postgres://migrator:Xq9!long-secret@db:5432/khuyencong',
      DATABASE_SERVICE_ROLES: 'on',
    });
    expect(productionConfigProblems(derived)).toEqual([expect.stringContaining('DATABASE_SERVICE_ROLES=on')]);
  });
});
