#!/usr/bin/env node
// Readiness probe for the local Kafka broker: a kafkajs admin connect + describeCluster round trip, then
// one producer id from every broker (warm-producer-ids.js: the apps' idempotent producers start quietly).
//   node infra/local/wait-kafka.js [brokers=127.0.0.1:9092] [timeoutSeconds=90]
// Exits 0 once the cluster answers, 1 after the timeout (printing the last error).
'use strict';

const { Kafka, logLevel } = require('kafkajs');
const { warmProducerIds } = require('./warm-producer-ids');

const brokers = (process.argv[2] || process.env.KAFKA_BROKERS || '127.0.0.1:9092')
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);
const timeoutMs = Math.max(1, Number(process.argv[3] || 90)) * 1000;

const kafka = new Kafka({
  clientId: 'infra-wait-kafka',
  brokers,
  logLevel: logLevel.NOTHING,
  connectionTimeout: 2000,
  requestTimeout: 5000,
  retry: { retries: 0 },
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  const started = Date.now();
  const deadline = started + timeoutMs;
  let lastError;
  for (let attempt = 1; Date.now() < deadline; attempt++) {
    const admin = kafka.admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      await admin.disconnect();
      if (cluster.brokers.length > 0 && cluster.controller !== null && cluster.controller !== undefined) {
        console.log(
          `kafka ready after ${Date.now() - started} ms (attempt ${attempt}): cluster ${cluster.clusterId}, ` +
            `brokers ${cluster.brokers.map((b) => `${b.nodeId}@${b.host}:${b.port}`).join(',')}, controller ${cluster.controller}`,
        );
        const all = cluster.brokers.map((b) => `${b.host}:${b.port}`);
        const warm = await warmProducerIds(brokers, all);
        console.log(
          `producer ids ready on ${[...warm].sort().join(',')}${warm.size < all.length ? ` (not on every broker: ${all.filter((b) => !warm.has(b)).join(',')})` : ''}`,
        );
        process.exit(0);
      }
      lastError = new Error(`cluster not ready yet: ${JSON.stringify(cluster)}`);
    } catch (e) {
      lastError = e;
      try {
        await admin.disconnect();
      } catch {
        /* ignore */
      }
    }
    await sleep(500);
  }
  console.error(`kafka not ready after ${timeoutMs / 1000}s at ${brokers.join(',')}:`, lastError);
  process.exit(1);
})();
