import { webcrypto } from 'node:crypto';
import { CryptoEngine } from 'pkijs';

/**
 * Node's WebCrypto for pkijs, passed to every pkijs call instead of pkijs's process-wide engine, so nothing
 * depends on which module set that engine first.
 */
export const cryptoEngine = new CryptoEngine({ name: 'node', crypto: webcrypto });
