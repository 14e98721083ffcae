// Vite build of the web app (apps/web/dist, served by the gateway). The @kc/* aliases point at library
// sources (the one table of scripts/aliases.js); only narrow, browser-safe entry points are resolved at run
// time (type imports are erased), so importing a server library by mistake fails the build.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { reportFirstPageSize } from './build/first-page-size.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const aliasFiles = require('../../scripts/aliases.js').aliasFiles();
// `vite` (dev server) forwards the API to the gateway, on its port in the service registry.
const gateway = `http://127.0.0.1:${require('../../libs/contracts/src/service-registry.json').gateway.port}`;
const browserSafe = [
  '@kc/contracts',
  '@kc/domain/approval',
  '@kc/domain/ocop',
  '@kc/domain/money',
  '@kc/domain/calendar',
  '@kc/domain/rural-criteria',
];

export default defineConfig({
  root,
  plugins: [react(), reportFirstPageSize()],
  resolve: {
    alias: browserSafe.map((name) => ({ find: new RegExp(`^${name}$`), replacement: aliasFiles[name] })),
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/api': gateway, '/.well-known': gateway } },
});
