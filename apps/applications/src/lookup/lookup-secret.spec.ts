import { lookupSecretMatches, newLookupSecret } from './lookup-secret';

describe('lookup secrets', () => {
  it('have at least 64 bits: 16 symbols of a 32-symbol alphabet, grouped for reading', () => {
    const secret = newLookupSecret();
    expect(secret).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    expect(secret.replace(/-/g, '').length * Math.log2(32)).toBeGreaterThanOrEqual(64);
  });

  it('match whatever the case, spaces and dashes, and keep older 8-symbol secrets working', () => {
    expect(lookupSecretMatches('X7QF-93KD-PL2M-8RTA', 'x7qf93kd pl2m8rta')).toBe(true);
    expect(lookupSecretMatches('X7QF93KD', 'x7qf93kd')).toBe(true);
    expect(lookupSecretMatches('X7QF-93KD-PL2M-8RTA', 'X7QF-93KD')).toBe(false);
  });
});
