// Asks every broker for a producer id once, right after the brokers start, so the apps' idempotent
// producers do not log errors at their start. Why: a KRaft broker hands out producer ids from a block it
// fetches from the controller on the first InitProducerId it receives; until that block arrives it answers
// COORDINATOR_LOAD_IN_PROGRESS (kafkajs: "The coordinator is loading and hence can't process requests"),
// which kafkajs retries, but only after logging it as an error. kafkajs sends InitProducerId to the broker
// the metadata names as controller, and a KRaft broker names a random live broker there, so fresh clients
// are connected until each broker has answered one InitProducerId (seen in kafkajs's debug log).
'use strict';

const { Kafka, logLevel } = require('kafkajs');

/** Resolves with the brokers ("host:port") that gave a producer id; gives up after maxClients clients. */
async function warmProducerIds(bootstrap, expected, { maxClients = 30 } = {}) {
  const warm = new Set();
  const logCreator =
    () =>
    ({ log, namespace }) => {
      if (namespace === 'Connection' && log.message.startsWith('Response InitProducerId') && !log.error)
        warm.add(log.broker);
    };
  for (let i = 0; i < maxClients && expected.some((b) => !warm.has(b)); i++) {
    const kafka = new Kafka({
      clientId: 'infra-warm-producer-ids',
      brokers: bootstrap,
      logLevel: logLevel.DEBUG,
      logCreator,
    });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 10 } });
    await producer.connect();
    await producer.disconnect();
  }
  return warm;
}

module.exports = { warmProducerIds };
