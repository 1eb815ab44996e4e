import { AuthErrorCode, authError, type Identity } from '@kzps/auth';
import { VerifiedTokenCache } from './verified-token-cache';

const EXP = 1_000_000_300_000;
const header = (token: string) => `Bearer ${token}.payload.signature`;

describe('VerifiedTokenCache', () => {
  let clock: number;
  let calls: string[];
  let refuse: boolean;
  // Stands in for the signature check: refuses what is past its exp by the same clock, or when told to.
  const verifier = {
    verify: async (token: string): Promise<Identity> => {
      calls.push(token);
      if (refuse) throw authError(AuthErrorCode.TokenInvalid, 'The access token is not valid');
      if (clock >= EXP) throw authError(AuthErrorCode.TokenExpired, 'The access token has expired');
      return { subject: token.split('.')[0] ?? '', roles: ['recipient'], expiresAt: new Date(EXP) };
    },
  };
  // A remembered token is answered synchronously and a malformed header throws at once: wrapped in an async
  // function, every answer is a promise the tests can await or expect to reject.
  const cache = (maxEntries = 100, maxAgeMs = 60_000) => {
    const tokens = new VerifiedTokenCache(verifier, maxEntries, maxAgeMs, () => clock);
    return {
      verifyHeader: async (value: string | undefined) => tokens.verifyHeader(value),
      get size() {
        return tokens.size;
      },
    };
  };

  beforeEach(() => {
    clock = EXP - 200_000;
    calls = [];
    refuse = false;
  });

  it('checks a token once and answers its repeats from the cache', async () => {
    const tokens = cache();
    const first = await tokens.verifyHeader(header('u-1'));
    const again = await tokens.verifyHeader(header('u-1'));
    expect(again).toEqual(first);
    expect(calls).toHaveLength(1);
  });

  it('refuses a cached token after its exp', async () => {
    const tokens = cache(100, 10 * 60_000);
    await tokens.verifyHeader(header('u-1'));
    clock = EXP;
    await expect(tokens.verifyHeader(header('u-1'))).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
    expect(calls).toHaveLength(2);
  });

  it('never keeps a refusal: a refused token is checked in full every time', async () => {
    const tokens = cache();
    refuse = true;
    await expect(tokens.verifyHeader(header('u-1'))).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    await expect(tokens.verifyHeader(header('u-1'))).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    expect(calls).toHaveLength(2);
    expect(tokens.size).toBe(0);
  });

  it('checks the signature again after the cache age limit, so a revoked key stops working', async () => {
    const tokens = cache(100, 60_000);
    await tokens.verifyHeader(header('u-1'));
    clock += 60_000;
    refuse = true;
    await expect(tokens.verifyHeader(header('u-1'))).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('keeps at most maxEntries tokens, dropping the least recently used', async () => {
    const tokens = cache(2);
    await tokens.verifyHeader(header('u-1'));
    await tokens.verifyHeader(header('u-2'));
    await tokens.verifyHeader(header('u-1'));
    await tokens.verifyHeader(header('u-3'));
    expect(tokens.size).toBe(2);
    calls = [];
    await tokens.verifyHeader(header('u-1'));
    await tokens.verifyHeader(header('u-2'));
    expect(calls).toEqual(['u-2.payload.signature']);
  });

  it('answers undefined without a header and refuses a malformed one without calling the verifier', async () => {
    const tokens = cache();
    await expect(tokens.verifyHeader(undefined)).resolves.toBeUndefined();
    await expect(tokens.verifyHeader('Basic abc')).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    expect(calls).toHaveLength(0);
  });
});
