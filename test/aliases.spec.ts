// One table of @kc/* aliases (tsconfig.base.json's paths, read by scripts/aliases.js) for every resolver:
// Node at run time, Jest, Vite and the workflow bundler's webpack.
import fs from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'webpack';
import { aliasWebpackHook } from '@kc/temporal';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const aliases = require('../scripts/aliases') as {
  aliasTable: () => Record<string, string>;
  aliasFiles: (root?: string, ext?: string) => Record<string, string>;
  jestModuleNameMapper: (root?: string) => Record<string, string>;
};
const root = path.resolve(__dirname, '..');

describe('the @kc/* aliases', () => {
  const table = aliases.aliasTable();

  it("are tsconfig.base.json's paths, each one file that exists", () => {
    expect(Object.keys(table).length).toBeGreaterThan(10);
    for (const [alias, file] of Object.entries(table)) {
      expect([alias, fs.existsSync(path.join(root, file))]).toEqual([alias, true]);
    }
  });

  it('map to the same files for Jest, for Node (sources and dist/) and for webpack', () => {
    const sources = aliases.aliasFiles(root, '.ts');
    expect(Object.values(aliases.jestModuleNameMapper(root))).toEqual(Object.values(sources));
    expect(aliases.aliasFiles(path.join(root, 'dist'), '.js')['@kc/contracts/temporal']).toBe(
      path.join(root, 'dist', 'libs', 'contracts', 'src', 'temporal.js'),
    );
    const webpack = aliasWebpackHook(root)({ resolve: {} } as Configuration).resolve?.alias as Record<string, string>;
    expect(Object.fromEntries(Object.entries(webpack).map(([k, v]) => [k.replace(/\$$/, ''), v]))).toEqual(sources);
  });

  it('resolve in this Jest run exactly as written (a whole alias, not a prefix)', () => {
    const mapper = aliases.jestModuleNameMapper(root);
    const matches = (request: string) => Object.keys(mapper).filter((re) => new RegExp(re).test(request));
    expect(matches('@kc/domain/approval')).toEqual(['^@kc/domain/approval$']);
    expect(matches('@kc/domain/approval/extra')).toEqual([]);
  });
});
