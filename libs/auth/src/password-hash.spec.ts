import { hashPassword, verifyPassword } from './password-hash';

describe('password hashing', () => {
  it('verifies the right password, including Vietnamese characters in either Unicode form', async () => {
    const stored = await hashPassword('Mật khẩu Đồng Nai');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    await expect(verifyPassword('Mật khẩu Đồng Nai', stored)).resolves.toBe(true);
    await expect(verifyPassword('Mật khẩu Đồng Nai'.normalize('NFD'), stored)).resolves.toBe(true);
  });
  it('rejects a wrong password and a malformed hash', async () => {
    const stored = await hashPassword('secret');
    await expect(verifyPassword('Secret', stored)).resolves.toBe(false);
    await expect(verifyPassword('secret', 'md5$abc')).resolves.toBe(false);
  });
  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
  });
});
