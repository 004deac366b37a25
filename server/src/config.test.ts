import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('has embedded defaults: SQLite in ./data on 127.0.0.1:8787 with a demo board', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      production: false,
      demoBoard: true,
      sqliteSync: 'normal',
    });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.store).toEqual({ kind: 'sqlite' });
    expect(config.redis).toBeNull();
  });

  it('shares boards between instances on PostgreSQL and Redis when told where they are', () => {
    const config = loadConfig({
      STORE: 'postgres',
      DATABASE_URL: 'postgres://balanza@db:5432/balanza',
      REDIS_URL: 'redis://cache:6379',
    });
    expect(config.store).toEqual({ kind: 'postgres', url: 'postgres://balanza@db:5432/balanza', schema: 'balanza' });
    expect(config.redis).toEqual({ url: 'redis://cache:6379', prefix: 'balanza:' });
    expect(() => loadConfig({ STORE: 'postgres' })).toThrow(/DATABASE_URL: required with STORE=postgres/);
    expect(() => loadConfig({ STORE: 'mysql' })).toThrow(/STORE/);
    expect(() => loadConfig({ REDIS_URL: 'cache:6379' })).toThrow(/REDIS_URL: a redis:\/\/ URL/);
  });

  it('reads and coerces what is set', () => {
    const config = loadConfig({ PORT: '9000', DATA_DIR: '/tmp/x', NODE_ENV: 'production', SQLITE_SYNC: 'full' });
    expect(config).toMatchObject({ port: 9000, dataDir: '/tmp/x', production: true, sqliteSync: 'full' });
    // [MEMBER-5] a member's private cards: 1 MiB unless told otherwise.
    expect(loadConfig({}).maxPrivateBytes).toBe(1024 * 1024);
    expect(loadConfig({ MAX_PRIVATE_BYTES: '65536' }).maxPrivateBytes).toBe(65_536);
  });

  it('refuses bad values with one message naming every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', SQLITE_SYNC: 'sometimes', COMPACT_AFTER: '0' })).toThrow(
      /invalid configuration: PORT: .*; SQLITE_SYNC: .*; COMPACT_AFTER: /,
    );
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});
