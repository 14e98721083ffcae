import { type BadRequestException } from '@nestjs/common';
import { z } from 'zod';
import { bilingual } from './bilingual';
import { validate } from './zod-validation.pipe';

const schema = z.strictObject({
  email: z.email(),
  eligibleCostVnd: z.number().int().min(1),
  code: z.string().regex(/^KC-/, bilingual('Mã hồ sơ phải bắt đầu bằng KC-', 'The code must start with KC-')),
});

function errorOf(value: unknown) {
  try {
    validate(schema).transform(value);
  } catch (error) {
    return (error as BadRequestException).getResponse() as {
      fields: { field: string; messageVi: string; messageEn: string }[];
    };
  }
  throw new Error('expected a rejection');
}

describe('request validation', () => {
  it('passes a valid body through', () => {
    expect(validate(schema).transform({ email: 'a@b.vn', eligibleCostVnd: 5, code: 'KC-1' })).toEqual({
      email: 'a@b.vn',
      eligibleCostVnd: 5,
      code: 'KC-1',
    });
  });

  it('lists every bad field in Vietnamese and English', () => {
    const { fields } = errorOf({ email: 'không-phải-email', eligibleCostVnd: 0, code: 'X' });
    expect(fields.map((f) => f.field)).toEqual(['email', 'eligibleCostVnd', 'code']);
    expect(fields[0].messageVi).toMatch(/email không hợp lệ/);
    expect(fields[0].messageEn).toMatch(/Invalid email/);
    expect(fields[2]).toEqual({
      field: 'code',
      messageVi: 'Mã hồ sơ phải bắt đầu bằng KC-',
      messageEn: 'The code must start with KC-',
    });
  });

  it('rejects unknown fields', () => {
    const { fields } = errorOf({ email: 'a@b.vn', eligibleCostVnd: 5, code: 'KC-1', isAdmin: true });
    expect(fields[0].messageEn).toMatch(/Unrecognized key: "isAdmin"/);
  });
});
