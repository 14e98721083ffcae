import { z } from 'zod';
import { nameBasedUuid } from './name-based-uuid';

describe('name-based ids for notifications no event carries', () => {
  it('gives the same valid uuid for the same name and another for another name', () => {
    const id = nameBasedUuid('kc-daily-digest:2026-11-28:officer-1');
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id).toBe(nameBasedUuid('kc-daily-digest:2026-11-28:officer-1'));
    expect(id).not.toBe(nameBasedUuid('kc-daily-digest:2026-11-29:officer-1'));
  });
});
