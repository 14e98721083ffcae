import fs from 'node:fs';
import path from 'node:path';

/** The repository root (the folder with tsconfig.base.json), from sources or from the compiled dist/ tree. */
export function findWorkspaceRoot(start = __dirname): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'tsconfig.base.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no tsconfig.base.json above ${start}`);
  }
}
