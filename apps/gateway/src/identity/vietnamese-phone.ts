/**
 * Vietnamese mobile numbers since the 2018 renumbering (11-digit 01x numbers became 03x, 05x, 07x, 08x):
 * ten digits, `0` then a mobile prefix digit, as people write them, e.g. `0912 345 678`, `091.234.5678`,
 * `+84 91 234 5678`, `(+84) 912345678`, `0084912345678`. Only mobiles: the number is for SMS and Zalo.
 * Landlines (`02…`) and the retired 11-digit numbers are refused.
 */
const MOBILE_PREFIX_DIGITS = '35789';
const SEPARATORS = /[\s.\-()]/g;
const FORMS = new RegExp(`^(?:\\+84|0084|84|0)([${MOBILE_PREFIX_DIGITS}]\\d{8})$`);

/** The number in E.164 (`+84` and nine digits), or undefined when it is not a Vietnamese mobile number. */
export function normalizeVietnameseMobile(input: string): string | undefined {
  const match = FORMS.exec(input.replace(SEPARATORS, ''));
  return match ? `+84${match[1]}` : undefined;
}
