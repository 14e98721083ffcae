import { ApplicationFailure } from '@temporalio/common';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { isDomainRefusal, type DomainRefusal } from '@kc/domain/approval';

const unexplained: DomainRefusal = {
  code: 'REFUSED',
  vi: 'Không thể thực hiện thao tác.',
  en: 'The action was rejected.',
};

/**
 * Why a workflow refused an Update: its validator sends a typed domain refusal (code, vi, en) in the
 * failure's details (see libs/workflows' `refusalFailure`). Undefined for any other error.
 */
export function updateRefusal(error: unknown): DomainRefusal | undefined {
  if (!(error instanceof WorkflowUpdateFailedError)) return undefined;
  const cause = error.cause;
  const details = cause instanceof ApplicationFailure ? cause.details : undefined;
  return details?.find(isDomainRefusal) ?? unexplained;
}
