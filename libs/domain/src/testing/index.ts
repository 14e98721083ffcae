// Builders for tests of code that uses the domain (`@kc/domain/testing`); never imported by product code.
export { answersFor, sheetsWithTotals } from '../ocop/testing/sheet-builders';
