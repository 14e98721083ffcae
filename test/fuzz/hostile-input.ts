// Generators of malformed and hostile input (fast-check): wrong types, huge and deep JSON, bad Unicode,
// injection strings, traversal file names, mislabelled and oversized uploads. Every request they make is
// one a well-behaved service refuses with a 4xx and without writing anything.
import fc from 'fast-check';

/** Strings that have broken real systems: injections, traversal, ids that look almost right, bad Unicode. */
export const NASTY_STRINGS = [
  "' OR '1'='1",
  "1'; DROP TABLE applications.dossiers; --",
  '"; SELECT pg_sleep(5); --',
  '$1',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '=cmd|" /C calc"!A0',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '/etc/shadow',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\uffff\ufffe',
  '\u202egnp.exe',
  'Nguye\u0302\u0303n Va\u0306n A\u0323', // NFD Vietnamese
  '🙂'.repeat(50),
  '-'.repeat(36),
  '0'.repeat(36),
  'f'.repeat(36),
  'f'.repeat(32),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '12345678-1234-1234-1234-1234567890123',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '9'.repeat(400),
  '__proto__',
  'constructor',
  'true',
  'null',
  '',
  ' ',
  '\t\r\n',
  'x'.repeat(70_000),
];

/** Pieces of a URL path that are already percent-encoded (or broken percent-encoding). */
export const RAW_PATH_SEGMENTS = [
  '%00',
  '%C0%AF', // overlong "/"
  '%C0%AE%C0%AE', // overlong ".."
  '%ED%A0%80', // UTF-8 of a lone surrogate
  '%FF%FE',
  '%',
  '%zz',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%252e%252e%252f',
  'a%0d%0aSet-Cookie:%20x=1',
];

const nastyString = fc.constantFrom(...NASTY_STRINGS);
/** A string of any UTF-16 code units (lone surrogates included) or a nasty one. */
export const hostileString = fc.oneof(nastyString, fc.string16bits({ maxLength: 40 }), fc.fullUnicodeString());

/** A path segment: a hostile string percent-encoded, or raw broken encoding. */
export const hostileSegment = fc.oneof(
  hostileString.map((s) => {
    try {
      return encodeURIComponent(s);
    } catch {
      return s.replace(/[\ud800-\udfff]/g, '%ED%A0%80'); // encodeURIComponent refuses lone surrogates
    }
  }),
  fc.constantFrom(...RAW_PATH_SEGMENTS),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), Number.MAX_VALUE, 1e-320, 0.1),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value with hostile leaves (wrong types for whatever a field expects). */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', '$where')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

/** An object with the fields a route asked for (learnt from its 400), each given a hostile value. */
export const hostileObject = (fields: readonly string[]) =>
  fields.length === 0
    ? fc.dictionary(hostileString, hostileValue, { maxKeys: 5 })
    : fc.record(Object.fromEntries(fields.map((f) => [f, hostileValue])), { requiredKeys: [] });

export interface RawBody {
  label: string;
  contentType?: string;
  body: string | Buffer;
}

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** Bodies no parser or validator should choke on: broken, huge, deep, mislabelled, bad bytes. */
export const RAW_BODIES: RawBody[] = [
  { label: 'truncated JSON', contentType: 'application/json', body: '{"a":' },
  { label: 'not JSON', contentType: 'application/json', body: 'hello' },
  { label: 'JSON null', contentType: 'application/json', body: 'null' },
  { label: 'JSON array', contentType: 'application/json', body: '[1,2,3]' },
  { label: 'JSON string', contentType: 'application/json', body: '"x"' },
  { label: 'JSON number too big', contentType: 'application/json', body: '{"a":1e999999}' },
  {
    label: 'prototype pollution',
    contentType: 'application/json',
    body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
  },
  { label: 'duplicate keys', contentType: 'application/json', body: '{"a":1,"a":"2","a":[]}' },
  { label: 'BOM then JSON', contentType: 'application/json', body: '\ufeff{}' },
  {
    label: 'overlong UTF-8 bytes',
    contentType: 'application/json',
    body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0x22, 0x7d]),
  },
  {
    label: 'lone surrogate bytes',
    contentType: 'application/json',
    body: Buffer.from('{"a":"\xed\xa0\x80"}', 'latin1'),
  },
  { label: 'escaped lone surrogate and NUL', contentType: 'application/json', body: '{"a":"\\ud800","b":"\\u0000"}' },
  { label: 'deep array (20 000)', contentType: 'application/json', body: deep(20_000) },
  { label: 'deep object (5 000)', contentType: 'application/json', body: deepObject(5_000) },
  {
    label: 'huge JSON (1.1 MB, above every limit)',
    contentType: 'application/json',
    body: JSON.stringify({ a: 'x'.repeat(1_100_000) }),
  },
  {
    label: 'wide JSON (5 000 keys)',
    contentType: 'application/json',
    body: '{' + Array.from({ length: 5_000 }, (_, i) => `"k${i}":${i}`).join(',') + '}',
  },
  { label: 'charset utf-16 label', contentType: 'application/json; charset=utf-16', body: '{}' },
  { label: 'unknown charset', contentType: 'application/json; charset=klingon', body: '{}' },
  { label: 'JSON labelled text', contentType: 'text/plain', body: '{}' },
  {
    label: 'XML',
    contentType: 'application/xml',
    body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  },
  {
    label: 'form with nested keys',
    contentType: 'application/x-www-form-urlencoded',
    body: 'a[b][c][d][e][f]=1&__proto__[x]=1&a=%C0%AF',
  },
  { label: 'multipart without boundary', contentType: 'multipart/form-data', body: '--x\r\n' },
  {
    label: 'multipart broken',
    contentType: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1',
  },
  { label: 'no content type', body: '{}' },
];

export interface UploadCase {
  label: string;
  fileName: string;
  mime: string;
  bytes: Buffer;
  fields: Record<string, string>;
}

const TRAVERSAL_NAMES = [
  '../../../../etc/passwd',
  '..\\..\\evil.pdf',
  '/etc/cron.d/x.pdf',
  'C:\\Windows\\system32\\x.pdf',
  'a\u0000.pdf',
  '\u202efdp.exe',
  '.htaccess',
  'con.pdf',
  'x'.repeat(5000) + '.pdf',
  '%2e%2e%2fx.pdf',
  '',
];

/** Uploads that must be refused: wrong content for their label, oversized, empty, odd fields. */
export function uploadCases(maxBytes: number): fc.Arbitrary<UploadCase> {
  const bytes = fc.constantFrom(
    Buffer.from('MZ\x90\x00 this is an executable, not a PDF', 'latin1'),
    Buffer.from('<html><script>alert(1)</script></html>'),
    Buffer.from('%PDF-'), // a PDF header and nothing else
    Buffer.alloc(0),
    Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(maxBytes + 1, 0x41)]), // oversized
    Buffer.from([0xff, 0xd8, 0xff]), // a JPEG's first bytes only
  );
  return fc.record({
    label: fc.constant('upload'),
    fileName: fc.oneof(fc.constantFrom(...TRAVERSAL_NAMES), hostileString),
    mime: fc.constantFrom('application/pdf', 'image/png', 'application/x-msdownload', 'text/html', '../x'),
    bytes,
    fields: fc.record({ requirementCode: hostileString, supplementRequestId: hostileString }, { requiredKeys: [] }),
  });
}
