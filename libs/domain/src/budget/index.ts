export * from './budget-waitlist';
