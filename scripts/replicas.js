// The apps scripts/supervise.js runs, and their replicas (APP_REPLICAS, APP_PORT_OFFSET; see
// infra/local/profile.sh). The apps and their ports come from the service registry of @kc/contracts
// (libs/contracts/src/service-registry.json, plain JSON so that this script reads it without compiling anything).
const registry = require('../libs/contracts/src/service-registry.json');

const GATEWAY = 'gateway';

/** [[app, port]] of every service in the registry, in its order (the gateway first). */
function servicePorts(services = registry) {
  return Object.entries(services).map(([app, { port }]) => [app, port]);
}

/** The gateway's setting listing a service's replicas; the same rule as serviceUrlKey in @kc/contracts. */
function serviceUrlKey(app) {
  return `${app.toUpperCase()}_URL`;
}

/** [[label, port, app]]: replica r of an app listens on its base port + offset + 100·r. */
function replicaPorts(basePorts, env) {
  const replicas = Math.max(1, Number(env.APP_REPLICAS ?? 1));
  const offset = Number(env.APP_PORT_OFFSET ?? 0);
  return basePorts.flatMap(([app, port]) =>
    Array.from({ length: replicas }, (_, r) => [replicas > 1 ? `${app}-${r + 1}` : app, port + offset + 100 * r, app]),
  );
}

/**
 * The environment of the replica on `port`: its PORT, and, unless the caller set them, the service lists
 * the gateway balances across, the JWKS URLs of every gateway (a service tries the next when one does not
 * answer; gateways share their keys through the database) and the public URL on the first gateway.
 */
function replicaEnv(apps, port, env) {
  const urls = (app) => apps.filter(([, , a]) => a === app).map(([, p]) => `http://127.0.0.1:${p}`);
  const gateways = urls(GATEWAY);
  const routed = [...new Set(apps.map(([, , app]) => app))].filter((app) => app !== GATEWAY);
  const derived = {
    AUTH_JWKS_URL: gateways.map((g) => `${g}/.well-known/jwks.json`).join(','),
    PUBLIC_BASE_URL: gateways[0],
    ...Object.fromEntries(routed.map((app) => [serviceUrlKey(app), urls(app).join(',')])),
  };
  const unset = Object.fromEntries(Object.entries(derived).filter(([key]) => env[key] === undefined));
  return { ...env, ...unset, PORT: String(port) };
}

module.exports = { servicePorts, serviceUrlKey, replicaPorts, replicaEnv };
