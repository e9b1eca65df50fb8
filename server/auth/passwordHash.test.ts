import { describe, expect, it } from 'vitest';
import { defaultScryptParams, hashPassword, verifyPassword } from './passwordHash';

describe('hashPassword', () => {
  it('stores scrypt with its parameters and a random 16-byte salt; verifies only the right password', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
    const [scheme, N, r, p, salt, key] = a.split('$');
    expect([scheme, Number(N), Number(r), Number(p)]).toEqual(['scrypt', defaultScryptParams.N, defaultScryptParams.r, defaultScryptParams.p]);
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct');
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
  }, 10_000);

  it('verifies with the parameters stored in the hash, and refuses a malformed hash', async () => {
    const cheap = await hashPassword('correct horse battery', { N: 1024, r: 8, p: 1 });
    expect(cheap.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('correct horse battery', cheap)).toBe(true);
    for (const bad of ['', 'bcrypt$1$2$3$4$5', cheap.replace('$1024$', '$x$'), cheap.slice(0, -4)]) {
      expect(await verifyPassword('correct horse battery', bad)).toBe(false);
    }
  });
});
