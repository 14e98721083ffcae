/** How this process runs: its topic prefix and the consumer group it reads the domain topics as. */
export interface OpsRuntime {
  topicPrefix: string;
  consumerGroup: string;
}
export const OPS_RUNTIME = Symbol('OPS_RUNTIME');
