import { packInForce } from '../rule-packs/pack-in-force';
import { budgetWaitlistOrderOn } from './budget-waitlist-order';
import { grantFromWaitlist } from './budget-waitlist';

const old = { applicationId: 'A-old-big', amountVnd: 500 };
const middle = { applicationId: 'B-middle', amountVnd: 200 };
const recent = { applicationId: 'C-new-small', amountVnd: 100 };

describe('freed money and the budget wait-list', () => {
  it('does not let a newer, smaller dossier pass an older one that still does not fit (strict order)', () => {
    expect(grantFromWaitlist(300, [old, middle, recent], 'STRICT_FIFO')).toEqual([]);
  });

  it('funds the oldest first, then the next ones while the money lasts', () => {
    expect(grantFromWaitlist(600, [old, middle, recent], 'STRICT_FIFO')).toEqual(['A-old-big']);
    expect(grantFromWaitlist(800, [old, middle, recent], 'STRICT_FIFO')).toEqual([
      'A-old-big',
      'B-middle',
      'C-new-small',
    ]);
  });

  it('passes over what does not fit only when the rule pack says FIRST_FIT', () => {
    expect(grantFromWaitlist(300, [old, middle, recent], 'FIRST_FIT')).toEqual(['B-middle', 'C-new-small']);
    expect(grantFromWaitlist(250, [old, middle, recent], 'FIRST_FIT')).toEqual(['B-middle']);
  });

  it('is strict when nothing is said, and in the Đồng Nai packs', () => {
    expect(grantFromWaitlist(300, [old, recent])).toEqual([]);
    expect(packInForce('2026-01-01').budgetWaitlistOrder).toBe('STRICT_FIFO');
    expect(packInForce('2021-01-01').budgetWaitlistOrder).toBe('STRICT_FIFO');
    expect(budgetWaitlistOrderOn('2026-01-01')).toBe('STRICT_FIFO');
  });

  it('funds nothing from an empty or overdrawn budget', () => {
    expect(grantFromWaitlist(0, [recent])).toEqual([]);
    expect(grantFromWaitlist(-50, [recent], 'FIRST_FIT')).toEqual([]);
  });
});
