import { BadRequestException } from '@nestjs/common';
import { IdParam } from './id-param';

describe('id parameters', () => {
  it('passes a UUID through, lower-cased', () => {
    expect(IdParam.transform('0B8F3C1E-9A6D-4E57-8C21-5F0D8E2A7B94')).toBe('0b8f3c1e-9a6d-4e57-8c21-5f0d8e2a7b94');
  });

  it.each([['-'.repeat(36)], ['a'.repeat(36)], ['a'.repeat(32)], ['bao-gia.pdf'], [''], ['../../etc/passwd']])(
    'refuses %s with a 400 before any query runs',
    (id) => {
      expect(() => IdParam.transform(id)).toThrow(BadRequestException);
    },
  );
});
