import { pbkdf2, randomBytes, scryptSync } from 'node:crypto';
import { hashPassword, needsRehash, verifyPassword } from './password-hash';

// scrypt at N=2^17 costs ~0.3 s of CPU per hash by design; on a loaded 2-core machine a test of three
// hashes can pass Jest's default 5 s.
jest.setTimeout(30_000);

describe('password hashing', () => {
  it('verifies the right password, including Vietnamese characters in either Unicode form', async () => {
    const stored = await hashPassword('Mật khẩu Đồng Nai');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    await expect(verifyPassword('Mật khẩu Đồng Nai', stored)).resolves.toBe(true);
    await expect(verifyPassword('Mật khẩu Đồng Nai'.normalize('NFD'), stored)).resolves.toBe(true);
  });
  it('rejects a wrong password and a malformed hash', async () => {
    const stored = await hashPassword('secret');
    await expect(verifyPassword('Secret', stored)).resolves.toBe(false);
    await expect(verifyPassword('secret', 'md5$abc')).resolves.toBe(false);
  });
  it('still verifies a hash made with the older, cheaper cost (its parameters are stored with it)', async () => {
    const salt = randomBytes(16);
    const hash = scryptSync('Mật khẩu cũ', salt, 32, { N: 16384, r: 8, p: 1 });
    const old = ['scrypt', 16384, 8, 1, salt.toString('base64'), hash.toString('base64')].join('$');
    await expect(verifyPassword('Mật khẩu cũ', old)).resolves.toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword('x'))).toBe(false);
  });
  it('refuses a stored hash whose cost would exhaust memory', async () => {
    await expect(verifyPassword('x', 'scrypt$1073741824$8$1$AAAA$AAAA')).resolves.toBe(false);
  });
  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
  });

  it('leaves libuv threads free while many sign-ins hash at once (the database driver needs them)', async () => {
    const order: string[] = [];
    const hashes = Array.from({ length: 6 }, (_, i) => hashPassword(`mật khẩu ${i}`).then(() => order.push('hash')));
    // Another thread-pool job started once they are under way, like pg's SCRAM handshake of a new connection.
    await new Promise((resolve) => setImmediate(resolve));
    const other = new Promise<void>((resolve, reject) =>
      pbkdf2('x', 'salt', 1, 32, 'sha256', (error) => (error ? reject(error) : resolve())),
    ).then(() => order.push('other'));
    await Promise.all([...hashes, other]);
    expect(order[0]).toBe('other');
  });
});
