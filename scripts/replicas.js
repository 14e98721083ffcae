// Replicas of the apps for scripts/supervise.js (APP_REPLICAS, APP_PORT_OFFSET; see infra/local/profile.sh).
// Kept apart so the port plan and the gateway's service lists are one small function each.

const SERVICE_URL_KEYS = {
  applications: 'APPLICATIONS_URL',
  appraisals: 'APPRAISALS_URL',
  ocop: 'OCOP_URL',
  notifications: 'NOTIFICATIONS_URL',
  operations: 'OPERATIONS_URL',
};

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
 * the gateway balances across, the JWKS and public URLs on the first gateway (gateways share their keys
 * through the database).
 */
function replicaEnv(apps, port, env) {
  const urls = (app) => apps.filter(([, , a]) => a === app).map(([, p]) => `http://127.0.0.1:${p}`);
  const gateway = urls('gateway')[0];
  const derived = {
    AUTH_JWKS_URL: `${gateway}/.well-known/jwks.json`,
    PUBLIC_BASE_URL: gateway,
    ...Object.fromEntries(Object.entries(SERVICE_URL_KEYS).map(([app, key]) => [key, urls(app).join(',')])),
  };
  const unset = Object.fromEntries(Object.entries(derived).filter(([key]) => env[key] === undefined));
  return { ...env, ...unset, PORT: String(port) };
}

module.exports = { replicaPorts, replicaEnv };
