// Determinism guard: histories recorded from real runs (temporal workflow show --output json) must replay
// through the current workflow code. A change that would break running workflows fails here; version it
// with `patched()` instead, and add a new history when a path changes on purpose.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { aliasWebpackHook, workflowsPath } from '@kc/temporal';

const dir = path.join(__dirname, 'histories');
const recorded = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('recorded workflow histories replay through the current code', () => {
  it('has recorded histories to replay', () => {
    expect(recorded.length).toBeGreaterThanOrEqual(3);
  });

  it.each(recorded)('%s', async (file) => {
    // The worker converts the CLI's JSON form (enum names, string ids) itself.
    const history: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    await expect(
      Worker.runReplayHistory(
        { workflowsPath: workflowsPath(), bundlerOptions: { webpackConfigHook: aliasWebpackHook() } },
        history,
        file,
      ),
    ).resolves.toBeUndefined();
  });
});
