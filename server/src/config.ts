import { resolve } from 'node:path';
import { z } from 'zod';
import type { RateLimits } from './sync/rate-limit.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z
  .object({
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
    /** An update arriving when a board's newest version is older than this takes an automatic version. */
    AUTO_VERSION_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(1)
      .default(60 * 60 * 1000),
    /** Stored updates after which a board's log is compacted into one snapshot. */
    COMPACT_AFTER: z.coerce.number().int().min(1).default(500),
    /** Largest WebSocket frame or HTTP body accepted. */
    MAX_MESSAGE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(8 * 1024 * 1024),
    /** Largest private document of a member (their private cards, [MEMBER-5]), encoded. */
    MAX_PRIVATE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
    /** Signs share-link tokens; default: `<DATA_DIR>/secret.key`, generated once (mode 0600). */
    BALANZA_SECRET: z.string().optional(),
    /** Extra origins (comma-separated) whose pages may open the WebSocket, e.g. behind a proxy. */
    ALLOWED_ORIGINS: z.string().default(''),
    /** Per-connection flood guard: sustained messages a second, the burst above it, and bytes a second. */
    RATE_MESSAGES_PER_SEC: z.coerce.number().int().min(1).default(200),
    RATE_MESSAGE_BURST: z.coerce.number().int().min(1).default(1000),
    RATE_BYTES_PER_SEC: z.coerce
      .number()
      .int()
      .min(1024)
      .default(4 * 1024 * 1024),
    /** Where boards are kept: the embedded SQLite file (one instance), or PostgreSQL (several instances). */
    STORE: z.enum(['sqlite', 'postgres']).default('sqlite'),
    /** PostgreSQL, with STORE=postgres: e.g. postgres://balanza@db:5432/balanza */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
      .optional(),
    /** The PostgreSQL schema holding Balanza's tables (created when missing). */
    DATABASE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lowercase letters, digits and _')
      .default('balanza'),
    /** Redis, to share boards between several instances: e.g. redis://cache:6379 */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'a redis:// URL')
      .optional(),
    /** Prefix of every Redis key and channel (several deployments may share one Redis). */
    REDIS_PREFIX: z.string().min(1).default('balanza:'),
  })
  .refine((e) => e.STORE !== 'postgres' || e.DATABASE_URL, {
    path: ['DATABASE_URL'],
    message: 'required with STORE=postgres',
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
  autoVersionIntervalMs: number;
  maxMessageBytes: number;
  maxPrivateBytes: number;
  secret: string | undefined;
  allowedOrigins: string[];
  limits: RateLimits;
  store: { kind: 'sqlite' } | { kind: 'postgres'; url: string; schema: string };
  /** Set when boards are shared with other instances through Redis. */
  redis: { url: string; prefix: string } | null;
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
    autoVersionIntervalMs: e.AUTO_VERSION_INTERVAL_MS,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxPrivateBytes: e.MAX_PRIVATE_BYTES,
    secret: e.BALANZA_SECRET,
    allowedOrigins: e.ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    limits: {
      messagesPerSecond: e.RATE_MESSAGES_PER_SEC,
      messageBurst: e.RATE_MESSAGE_BURST,
      bytesPerSecond: e.RATE_BYTES_PER_SEC,
      // A frame may be as large as MAX_MESSAGE_BYTES; two in a row are no flood.
      byteBurst: 2 * e.MAX_MESSAGE_BYTES,
    },
    store:
      e.STORE === 'postgres' && e.DATABASE_URL
        ? { kind: 'postgres', url: e.DATABASE_URL, schema: e.DATABASE_SCHEMA }
        : { kind: 'sqlite' },
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_PREFIX } : null,
  };
}
