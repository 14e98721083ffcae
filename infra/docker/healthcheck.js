#!/usr/bin/env node
// The image's HEALTHCHECK: GET /health of the app this container runs (APP), on PORT or that app's
// config.ts default port (test/docker-compose.spec.ts keeps this table equal to the config.ts files).
// /health answers 200 only when Postgres, Kafka and Temporal all answer.
const DEFAULT_PORTS = {
  gateway: 3000,
  applications: 3001,
  appraisals: 3002,
  ocop: 3003,
  notifications: 3004,
  operations: 3005,
};

function check() {
  const port = process.env.PORT || DEFAULT_PORTS[process.env.APP];
  if (!port) {
    console.error(`healthcheck: no PORT and no default port for APP=${process.env.APP ?? ''}`);
    process.exit(1);
  }
  fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(4000) }).then(
    (res) => process.exit(res.ok ? 0 : 1),
    () => process.exit(1),
  );
}

if (require.main === module) check();
module.exports = { DEFAULT_PORTS };
