import { isGrpcServiceError, ServiceError, WorkflowNotFoundError } from '@temporalio/client';

const NOT_FOUND = 5;

/**
 * Whether a Temporal call failed because no such workflow exists. Most client calls throw
 * `WorkflowNotFoundError`, but some (fetching a history) pass the server's gRPC NOT_FOUND through as is.
 */
export function isWorkflowNotFound(error: unknown): boolean {
  if (error instanceof WorkflowNotFoundError) return true;
  const grpc = error instanceof ServiceError ? error.cause : error;
  return isGrpcServiceError(grpc) && grpc.code === NOT_FOUND;
}
