#!/usr/bin/env node
// Prints the size of the source files as issue #15 measures it: the lines of every committed non-test
// .ts/.tsx file under apps/ and libs/ (specs, test/ and bench/ folders left out), as a median and a 90th
// percentile, plus the files over 200 lines. `node scripts/file-sizes.js apps/web` narrows it to a folder.
// Reads `git ls-files` so generated and untracked files never count.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');

const TEST_SOURCE = /(\.spec\.|\.test\.|\/test\/|\/bench\/)/;
const prefixes = process.argv.slice(2);
const files = execFileSync('git', ['ls-files', 'apps', 'libs'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|tsx)$/.test(f) && !TEST_SOURCE.test(f))
  .filter((f) => prefixes.length === 0 || prefixes.some((p) => f.startsWith(p)))
  .filter((f) => fs.existsSync(f));

const sized = files
  .map((file) => ({ file, lines: fs.readFileSync(file, 'utf8').split('\n').length - 1 }))
  .sort((a, b) => a.lines - b.lines);
if (sized.length === 0) {
  console.log('no source files');
  process.exit(0);
}
// Nearest-rank percentiles: the value at rank ceil(p·n).
const rank = (p) => sized[Math.max(0, Math.ceil(p * sized.length) - 1)].lines;
console.log(`${sized.length} files: median ${rank(0.5)} lines, 90th percentile ${rank(0.9)} lines`);
const large = sized.filter((s) => s.lines > 200).reverse();
for (const s of large) console.log(`  ${String(s.lines).padStart(4)}  ${s.file}`);
