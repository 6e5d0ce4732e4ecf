import { checkPasswordRules, hashPassword, verifyPassword } from '../../../../server/src/modules/user/password';

describe('password hashing', () => {
  it('stores scrypt$N$r$p$salt$hash with a fresh salt and verifies only the right password', async () => {
    const a = await hashPassword('una-password-lunga');
    const b = await hashPassword('una-password-lunga');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('una-password-lunga', a)).toBe(true);
    expect(await verifyPassword('una-password-lungA', a)).toBe(false);
    expect(await verifyPassword('una-password-lunga', 'md5$abc')).toBe(false);
  });

  it('refuses a password under 10 characters with an Italian message', () => {
    expect(() => checkPasswordRules('corta     ')).toThrow('La password deve avere almeno 10 caratteri');
    expect(() => checkPasswordRules('abbastanza lunga')).not.toThrow();
  });
});
