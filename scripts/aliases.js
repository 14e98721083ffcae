// The workspace aliases (@kc/<lib>, and entry points inside a lib such as @kc/contracts/temporal or
// @kc/domain/approval), one table for every tool. Its source is the `paths` of tsconfig.base.json, which
// the compiler and editors read; Node at run time (run-ts, start-compiled, Jest's global setup), Jest's
// moduleNameMapper, Vite (apps/web) and the workflow bundler's webpack (libs/temporal) take it from here.
// An alias that is not in tsconfig.base.json does not compile, so it resolves nowhere else either.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const workspace = path.resolve(__dirname, '..');

/** { '@kc/domain/approval': 'libs/domain/src/approval/index.ts', ... }, as tsconfig.base.json writes them. */
function aliasTable() {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(workspace, 'tsconfig.base.json'), 'utf8'));
  return Object.fromEntries(Object.entries(tsconfig.compilerOptions.paths).map(([alias, [file]]) => [alias, file]));
}

/** Each alias → its absolute file under `root` (the workspace, or its dist/ for compiled code), ending in `ext`. */
function aliasFiles(root = workspace, ext = '.ts') {
  return Object.fromEntries(
    Object.entries(aliasTable()).map(([alias, file]) => [alias, path.join(root, file.replace(/\.ts$/, ext))]),
  );
}

/** Lets Node's require() resolve the aliases (tsconfig paths only tell the compiler). */
function registerAliases(root, ext) {
  const files = aliasFiles(root, ext);
  const original = Module._resolveFilename;
  Module._resolveFilename = function resolveKcAlias(request, ...rest) {
    return original.call(this, files[request] ?? request, ...rest);
  };
}

/** Jest's moduleNameMapper: each alias, matched whole, to its source file. */
function jestModuleNameMapper(root = workspace) {
  return Object.fromEntries(Object.entries(aliasFiles(root, '.ts')).map(([alias, file]) => [`^${alias}$`, file]));
}

module.exports = { aliasTable, aliasFiles, registerAliases, jestModuleNameMapper };
