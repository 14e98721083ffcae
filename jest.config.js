// Tiers (conventions.md §12): `unit` runs in parallel with no servers; `integration` talks to the real
// local Postgres, Kafka, Temporal and mail server and runs in band (scripts/test.sh runs it with -w 1);
// `e2e` drives the web portal in headless Chromium against the real services (`*.e2e-spec.ts`).
// The @kc/* aliases come from scripts/aliases.js (tsconfig.base.json's paths). globalSetup runs in Jest's own
// process, outside moduleNameMapper: resolve them there too.
const aliases = require('./scripts/aliases');
aliases.registerAliases(__dirname, '.ts');

const swc = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: aliases.jestModuleNameMapper(__dirname),
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.infra/'],
};
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.integration-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      setupFiles: ['<rootDir>/libs/testing/src/integration-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/libs/testing/src/integration-timeout.ts'],
    },
    {
      // Browser end to end (test/e2e): the real gateway and applications service in-process, driven by
      // headless Chromium through playwright-core. Same servers as the integration tier, run in band.
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      setupFiles: ['<rootDir>/libs/testing/src/integration-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/libs/testing/src/integration-timeout.ts'],
    },
  ],
};
