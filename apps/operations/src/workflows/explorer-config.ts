/** What the explorer needs of the configuration: the Temporal UI's address, the namespace, the stuck check. */
export interface ExplorerConfig {
  TEMPORAL_UI_URL: string;
  TEMPORAL_NAMESPACE: string;
  STUCK_NO_PROGRESS_WORKING_HOURS: number;
}
export const OPS_CONFIG = Symbol('OPS_CONFIG');
