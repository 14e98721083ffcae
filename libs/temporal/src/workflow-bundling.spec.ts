import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prebuiltBundlePath, workflowCodeFor } from './workflow-bundling';

describe('which workflow code a worker runs', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kc-bundles-'));
    fs.mkdirSync(path.join(root, 'libs'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const writeBundle = () => {
    fs.mkdirSync(path.dirname(prebuiltBundlePath('ocop', root)), { recursive: true });
    fs.writeFileSync(prebuiltBundlePath('ocop', root), '/* bundle */');
  };

  it('loads the bundle the build made when it runs compiled', () => {
    writeBundle();
    expect(workflowCodeFor('ocop', root, true)).toEqual({
      workflowBundle: { codePath: path.join(root, 'dist', 'workflow-bundles', 'ocop.js') },
    });
  });

  it('bundles the queue’s compiled entry point at boot when no bundle was built', () => {
    const code = workflowCodeFor('ocop', root, true);
    expect(code.workflowBundle).toBeUndefined();
    expect(code.workflowsPath).toBe(path.join(root, 'dist', 'libs', 'workflows', 'src', 'queues', 'ocop.workflows.js'));
  });

  it('never loads a prebuilt bundle from sources, so an edit is never hidden behind a stale one', () => {
    writeBundle();
    const code = workflowCodeFor('approvals', root, false);
    expect(code.workflowBundle).toBeUndefined();
    expect(code.workflowsPath).toBe(path.join(root, 'libs', 'workflows', 'src', 'queues', 'approvals.workflows.ts'));
  });
});
