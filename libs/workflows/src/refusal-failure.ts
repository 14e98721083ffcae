import { ApplicationFailure } from '@temporalio/workflow';
import { DomainRefusalError, type DomainRefusal } from '@kc/domain/approval';

/**
 * A domain refusal as an Update's failure: the type is the refusal's code and the refusal itself rides in
 * the details, so the API answers with its code and both texts (no message to split).
 */
export function refusalFailure(refusal: DomainRefusal): ApplicationFailure {
  return ApplicationFailure.create({ type: refusal.code, message: refusal.en, details: [refusal], nonRetryable: true });
}

/** Runs an Update validator's domain checks; a `DomainRefusalError` they throw leaves typed (`refusalFailure`). */
export function refusing(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainRefusalError) throw refusalFailure(error.refusal);
    throw error;
  }
}
