#!/usr/bin/env node
// Runs one app from the compiled tree: node scripts/start-compiled.js <app>
// Registers the @kc/* aliases against dist/ first (tsconfig paths mean nothing to Node).
const path = require('node:path');
const { registerAliases } = require('./aliases');

const app = process.argv[2];
if (!app) {
  console.error('usage: node scripts/start-compiled.js <app>');
  process.exit(2);
}
const dist = path.resolve(__dirname, '..', 'dist');
registerAliases(dist, '.js');
process.setSourceMapsEnabled(true);
require(path.join(dist, 'apps', app, 'src', 'main.js'));
