import path from 'node:path';
import fs from 'node:fs';
import type { BundleOptions } from '@temporalio/worker';
import { findWorkspaceRoot } from '@kc/observability';

/**
 * Temporal bundles workflow code with webpack, which knows nothing of the tsconfig path aliases; without
 * this hook `@kc/contracts` fails to resolve inside the bundle. Sources (`.ts`) in dev and tests, the
 * compiled tree (`dist/`) in production.
 */
export function aliasWebpackHook(root = findWorkspaceRoot()): NonNullable<BundleOptions['webpackConfigHook']> {
  const compiled = __filename.endsWith('.js');
  const libs = compiled ? path.join(root, 'dist', 'libs') : path.join(root, 'libs');
  const alias: Record<string, string> = {};
  // A prefix alias: `@kc/domain` is src/index, `@kc/domain/approval` src/approval(/index). Workflows import
  // narrow entry points, because each new workflow runs the module scope of everything it imports.
  for (const lib of fs.readdirSync(libs)) alias[`@kc/${lib}`] = path.join(libs, lib, 'src');
  return (config) => ({
    ...config,
    resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as object), ...alias } },
  });
}

/** The workflows entry point in sources or in the compiled tree, whichever this process runs from. */
export function workflowsPath(root = findWorkspaceRoot()): string {
  return __filename.endsWith('.js')
    ? path.join(root, 'dist', 'libs', 'workflows', 'src', 'index.js')
    : path.join(root, 'libs', 'workflows', 'src', 'index.ts');
}
