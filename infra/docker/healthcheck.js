#!/usr/bin/env node
// The image's HEALTHCHECK: GET /health of the app this container runs (APP), on PORT or that app's port in
// the service registry (libs/contracts/src/service-registry.json, the list every app's config.ts defaults to).
// /health answers 200 only when Postgres, Kafka and Temporal all answer.
const registry = require('../../libs/contracts/src/service-registry.json');

function check() {
  const port = process.env.PORT || registry[process.env.APP]?.port;
  if (!port) {
    console.error(`healthcheck: no PORT and no default port for APP=${process.env.APP ?? ''}`);
    process.exit(1);
  }
  fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(4000) }).then(
    (res) => process.exit(res.ok ? 0 : 1),
    () => process.exit(1),
  );
}

check();
