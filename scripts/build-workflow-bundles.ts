// Builds each task queue's workflow bundle once (`npm run build`), so compiled workers load it instead of
// running webpack at every boot: dist/workflow-bundles/<queue>.js. Prints each bundle's size.
import fs from 'node:fs';
import path from 'node:path';
import { TaskQueues, type TaskQueueKind } from '@kc/contracts/temporal';
import { bundleQueueWorkflows, prebuiltBundlePath } from '@kc/temporal';

async function main(): Promise<void> {
  for (const queue of Object.keys(TaskQueues) as TaskQueueKind[]) {
    const started = Date.now();
    const code = await bundleQueueWorkflows(queue);
    const file = prebuiltBundlePath(queue);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, code);
    const kb = (Buffer.byteLength(code) / 1024).toFixed(0);
    console.log(
      `workflow bundle ${queue}: ${path.relative(process.cwd(), file)} (${kb} KB, ${Date.now() - started} ms)`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
