import { resolve } from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** `full` also survives a power cut (an fsync per update); `normal` survives any process crash. */
  SQLITE_SYNC: z.enum(['normal', 'full']).default('normal'),
  /** Create a demo board on first start (an empty store). */
  DEMO_BOARD: z.enum(['on', 'off']).default('on'),
  /** A board with no connection for this long is unloaded from memory (its state stays in the store). */
  IDLE_UNLOAD_MS: z.coerce.number().int().min(0).default(30_000),
  /** Stored updates after which a board's log is compacted into one snapshot. */
  COMPACT_AFTER: z.coerce.number().int().min(1).default(500),
  /** Largest WebSocket frame or HTTP body accepted. */
  MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(8 * 1024 * 1024),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  production: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  sqliteSync: 'normal' | 'full';
  demoBoard: boolean;
  idleUnloadMs: number;
  compactAfter: number;
  maxMessageBytes: number;
};

/** Reads and validates the configuration; throws one message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    sqliteSync: e.SQLITE_SYNC,
    demoBoard: e.DEMO_BOARD === 'on',
    idleUnloadMs: e.IDLE_UNLOAD_MS,
    compactAfter: e.COMPACT_AFTER,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
  };
}
