// Adds up Jest's JSON reports into the one closing line CI reads: "N passed, N failed".
const fs = require('node:fs');
let passed = 0;
let failed = Number(process.env.EXTRA_FAILURES ?? 0);
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    failed += 1; // a tier that produced no report did not pass
    console.error(`no report at ${file}`);
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
