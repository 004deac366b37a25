import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The server secret that signs share-link tokens: `BALANZA_SECRET` when given (at least 32 characters),
 * otherwise `<dataDir>/secret.key`, generated once with mode 0600. Changing it invalidates every link.
 */
export function loadSecret(dataDir: string, fromEnv?: string): Buffer {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < 32) throw new Error('BALANZA_SECRET must be at least 32 characters long');
    return Buffer.from(fromEnv, 'utf8');
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secret.key');
  if (!existsSync(file)) {
    // `wx`: never overwrite a secret another process wrote in the meantime.
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  // Tighten a secret someone made readable to others.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} is damaged (too short); delete it to make a new one`);
  return Buffer.from(secret, 'utf8');
}
