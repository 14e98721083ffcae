export * from './working-day-calendar';
export * from './vietnam-holidays';
export * from './vietnam-date';
