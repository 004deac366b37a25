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
  });

  it('reads and coerces what is set', () => {
    const config = loadConfig({ PORT: '9000', DATA_DIR: '/tmp/x', NODE_ENV: 'production', SQLITE_SYNC: 'full' });
    expect(config).toMatchObject({ port: 9000, dataDir: '/tmp/x', production: true, sqliteSync: 'full' });
  });

  it('refuses bad values with one message naming every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', SQLITE_SYNC: 'sometimes', COMPACT_AFTER: '0' })).toThrow(
      /invalid configuration: PORT: .*; SQLITE_SYNC: .*; COMPACT_AFTER: /,
    );
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});
