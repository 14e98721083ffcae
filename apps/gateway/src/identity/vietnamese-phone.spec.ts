import { normalizeVietnameseMobile } from './vietnamese-phone';

describe('Vietnamese mobile numbers', () => {
  it.each([
    ['0912345678', '+84912345678'],
    ['0912 345 678', '+84912345678'],
    ['091.234.5678', '+84912345678'],
    ['091-234-5678', '+84912345678'],
    ['+84 91 234 5678', '+84912345678'],
    ['(+84) 912345678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['0084912345678', '+84912345678'],
    ['0321234567', '+84321234567'],
    ['0843456789', '+84843456789'],
  ])('reads %s as %s', (input, e164) => {
    expect(normalizeVietnameseMobile(input)).toBe(e164);
  });

  it.each([
    ['a landline', '02513822123'],
    ['a retired 11-digit mobile', '01689123456'],
    ['a number with no mobile prefix', '0412345678'],
    ['too short', '091234567'],
    ['too long', '09123456789'],
    ['letters', '09123abc78'],
    ['a foreign number', '+6591234567'],
    ['empty', ''],
  ])('refuses %s', (_kind, input) => {
    expect(normalizeVietnameseMobile(input)).toBeUndefined();
  });
});
