export * from './money';
export * from './money-format';
