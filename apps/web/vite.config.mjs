// Vite build of the web app (apps/web/dist, served by the gateway). The @kc/* aliases point at library
// sources; only narrow, browser-safe entry points are imported at run time (type imports are erased).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { reportFirstPageSize } from './build/first-page-size.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const lib = (...p) => path.resolve(root, '../../libs', ...p);

export default defineConfig({
  root,
  plugins: [react(), reportFirstPageSize()],
  resolve: {
    alias: [
      {
        find: /^@kc\/domain\/(approval|ocop|money|calendar|rural-criteria)$/,
        replacement: lib('domain/src/$1/index.ts'),
      },
      { find: /^@kc\/contracts$/, replacement: lib('contracts/src/index.ts') },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/.well-known': 'http://127.0.0.1:3000' } },
});
