import path from 'node:path';
import fs from 'node:fs';
import { bundleWorkflowCode, DefaultLogger, type BundleOptions, type WorkerOptions } from '@temporalio/worker';
import type { TaskQueueKind } from '@kc/contracts/temporal';
import { findWorkspaceRoot } from '@kc/observability';

/** True when this process runs the compiled tree (`dist/`), false under ts-jest or run-ts (sources). */
const runsCompiled = __filename.endsWith('.js');

/**
 * Temporal bundles workflow code with webpack, which knows nothing of the tsconfig path aliases; without
 * this hook `@kc/contracts` fails to resolve inside the bundle. The aliases are the workspace's one table
 * (scripts/aliases.js, from tsconfig.base.json), each matched whole: sources (`.ts`) in dev and tests, the
 * compiled tree (`dist/`) in production. Workflows import narrow entry points (`@kc/domain/approval`),
 * because each new workflow runs the module scope of everything it imports.
 */
export function aliasWebpackHook(root = findWorkspaceRoot()): NonNullable<BundleOptions['webpackConfigHook']> {
  // read when webpack runs, not when a worker's options are made
  return (config) => ({
    ...config,
    resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as object), ...workspaceAliases(root) } },
  });
}

/** The workspace's aliases for webpack (`@kc/domain/approval$`: matched whole), in sources or in dist/. */
function workspaceAliases(root: string): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { aliasFiles } = require(path.join(root, 'scripts', 'aliases.js')) as {
    aliasFiles: (root: string, ext: string) => Record<string, string>;
  };
  const files = runsCompiled ? aliasFiles(path.join(root, 'dist'), '.js') : aliasFiles(root, '.ts');
  return Object.fromEntries(Object.entries(files).map(([name, file]) => [`${name}$`, file]));
}

/**
 * Modules a queue's bundle loads once into the worker's shared V8 context (`preloadModules`), instead of
 * once per workflow: with reuseV8Context every new workflow runs again the module scope of each module
 * it imports that is not shared. Only pure modules qualify: the domain's rule tables and functions and
 * the contracts' names. They call no workflow API at module scope, keep no module-level state, and their
 * exports are deep-frozen once shared (a workflow copies before it changes anything, as it already must).
 */
export const preloadedModules: Readonly<Record<TaskQueueKind, readonly string[]>> = {
  approvals: ['@kc/contracts/temporal', '@kc/domain/approval', '@kc/domain/calendar', '@kc/domain/rural-criteria'],
  ocop: ['@kc/contracts/temporal', '@kc/domain/ocop'],
};

/** Every workflow (tests register them all), in sources or in the compiled tree, whichever this process runs from. */
export function workflowsPath(root = findWorkspaceRoot()): string {
  return runsCompiled
    ? path.join(root, 'dist', 'libs', 'workflows', 'src', 'index.js')
    : path.join(root, 'libs', 'workflows', 'src', 'index.ts');
}

/** The entry point of one task queue's workflows (libs/workflows/src/queues). */
export function queueWorkflowsPath(queue: TaskQueueKind, root = findWorkspaceRoot(), compiled = runsCompiled): string {
  return compiled
    ? path.join(root, 'dist', 'libs', 'workflows', 'src', 'queues', `${queue}.workflows.js`)
    : path.join(root, 'libs', 'workflows', 'src', 'queues', `${queue}.workflows.ts`);
}

/** Where `npm run build` leaves a queue's prebuilt bundle. */
export function prebuiltBundlePath(queue: TaskQueueKind, root = findWorkspaceRoot()): string {
  return path.join(root, 'dist', 'workflow-bundles', `${queue}.js`);
}

/** Bundles one task queue's workflows with webpack: what the build writes out and the replay tests run. */
export async function bundleQueueWorkflows(queue: TaskQueueKind, root = findWorkspaceRoot()): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: queueWorkflowsPath(queue, root),
    webpackConfigHook: aliasWebpackHook(root),
    preloadModules: [...preloadedModules[queue]],
    // webpack's module report is noise in a build log; warnings and errors still show.
    logger: new DefaultLogger('WARN'),
  });
  return code;
}

/**
 * What a worker of `queue` runs. The compiled tree uses the bundle `npm run build` made (no webpack at
 * boot, so a worker polls within seconds and every replica runs byte-identical workflow code); sources
 * are bundled at boot, so a developer's edit is never hidden behind a stale bundle.
 */
export function workflowCodeFor(
  queue: TaskQueueKind,
  root = findWorkspaceRoot(),
  compiled = runsCompiled,
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  const prebuilt = prebuiltBundlePath(queue, root);
  if (compiled && fs.existsSync(prebuilt)) return { workflowBundle: { codePath: prebuilt } };
  return {
    workflowsPath: queueWorkflowsPath(queue, root, compiled),
    bundlerOptions: { webpackConfigHook: aliasWebpackHook(root), preloadModules: [...preloadedModules[queue]] },
  };
}
