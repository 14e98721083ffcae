/** What the explorer needs of the configuration: the Temporal UI's address and the namespace. */
export interface ExplorerConfig {
  TEMPORAL_UI_URL: string;
  TEMPORAL_NAMESPACE: string;
}
export const OPS_CONFIG = Symbol('OPS_CONFIG');
