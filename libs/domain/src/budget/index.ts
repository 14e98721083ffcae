export * from './budget-waitlist';
export * from './budget-waitlist-order';
