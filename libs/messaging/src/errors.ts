/** A producer tried to publish an event that does not match its registered schema: a programming error. */
export class InvalidEventError extends Error {
  constructor(
    readonly eventType: string,
    readonly issues: string,
  ) {
    super(`Invalid ${eventType} event: ${issues}`);
    this.name = 'InvalidEventError';
  }
}
