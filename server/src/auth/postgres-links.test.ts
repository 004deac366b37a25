import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkStore } from './links.ts';
import { openPostgresLinks } from './postgres-links.ts';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('[SCALE-3] share links and the secret in PostgreSQL, seen by every instance', () => {
  const schema = `balanza_links_${randomBytes(4).toString('hex')}`;
  const opened: LinkStore[] = [];
  afterEach(async () => {
    for (const links of opened.splice(0)) await links.close();
    spawnSync('psql', [url, '-qc', `DROP SCHEMA IF EXISTS ${schema} CASCADE`]);
  });

  it('two instances share one secret; what one changes the other sees, a new link at once', async () => {
    const [a, b] = await Promise.all([openPostgresLinks({ url, schema }), openPostgresLinks({ url, schema })]);
    opened.push(a.links, b.links);
    expect(a.secret.equals(b.secret)).toBe(true);
    expect(a.secret.length).toBeGreaterThanOrEqual(32);

    const link = await a.links.create('board-1', 'editor', { now: 1_000 });
    // Not announced yet, perhaps, but readable on demand: a token works on any instance at once.
    expect(await b.links.fetch(link.id)).toEqual(link);
    await eventually(() => b.links.list('board-1').length === 1, 'the new link to be listed on the other instance');

    expect(await a.links.revoke('board-1', link.id, 2_000)).toBe(true);
    await eventually(() => b.links.get(link.id)?.revokedAt === 2_000, 'the revocation to reach the other instance');
    expect(await a.links.revoke('board-2', link.id)).toBe(false);

    await a.links.setPublic('board-1', 'viewer');
    await eventually(() => b.links.publicRole('board-1') === 'viewer', 'the public role to reach the other instance');
    await a.links.deleteBoard('board-1');
    await eventually(
      () => b.links.list('board-1').length === 0 && b.links.publicRole('board-1') === undefined,
      'the deletion to reach the other instance',
    );
    expect(await b.links.fetch(link.id)).toBeUndefined();
  });

  it('a given secret wins over the stored one; a short one is refused', async () => {
    const given = 'x'.repeat(40);
    const { links, secret } = await openPostgresLinks({ url, schema }, given);
    opened.push(links);
    expect(secret.toString()).toBe(given);
    await expect(openPostgresLinks({ url, schema }, 'short')).rejects.toThrow(/at least 32/);
  });
});
