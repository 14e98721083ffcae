#!/usr/bin/env node
// Runs a TypeScript entry point from source: swc compiles each .ts file as it is required
// (decorator metadata included, which Nest's dependency injection needs) and @kc/* resolve to libs/*/src.
// Usage: node scripts/run-ts.js path/to/file.ts [args...]
const path = require('node:path');
const fs = require('node:fs');
const { transformSync } = require('@swc/core');
const { registerAliases } = require('./aliases');

const root = path.resolve(__dirname, '..');
registerAliases(root, '.ts');

require.extensions['.ts'] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
  });
  module._compile(code, filename);
};
process.setSourceMapsEnabled(true);

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/run-ts.js <file.ts> [args...]');
  process.exit(2);
}
process.argv.splice(1, 1);
require(path.resolve(entry));
