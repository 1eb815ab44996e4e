import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalSigner } from '@kzps/auth';
import type { JWK } from 'jose';

/**
 * The embedded issuer's key, made on first start and kept (owner-only) under AUTH_DATA_DIR, so tokens stay
 * valid across restarts. `wx` makes a second gateway starting at the same moment read the winner's key.
 */
export async function loadOrCreateSigningKey(directory: string): Promise<LocalSigner> {
  const file = join(directory, 'signing-key.json');
  await mkdir(directory, { recursive: true, mode: 0o700 });
  try {
    return await LocalSigner.fromPrivateJwk(JSON.parse(await readFile(file, 'utf8')) as JWK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const signer = await LocalSigner.generate();
  try {
    await writeFile(file, JSON.stringify(signer.exportPrivateJwk()), { mode: 0o600, flag: 'wx' });
    return signer;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return LocalSigner.fromPrivateJwk(JSON.parse(await readFile(file, 'utf8')) as JWK);
  }
}
