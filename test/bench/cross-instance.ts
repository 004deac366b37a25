import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { BenchServer } from './peer-servers.ts';
import { markdownTable, percentile } from './stats.ts';
import { cpuPerDelivery, type LoadResult, measureLoad, startBenchServer } from './sync-peers.ts';

const run = promisify(execFile);
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The steady part's length: 10 minutes unless BENCH_STEADY_SECONDS says otherwise. */
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 600);
const ROUNDS = 3;
const f = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const median = (values: number[]) => percentile(values, 50);

const psql = async (query: string) => (await run('psql', [DATABASE_URL, '-qAtc', query])).stdout.trim();
const redis = async (...args: string[]) => (await run('redis-cli', ['-u', REDIS_URL, ...args])).stdout.trim();

/** The configurations compared, each on the same load. */
interface Setup {
  name: string;
  /** Where the board's clients go, in turn. */
  instances: BenchServer[];
}

/** Starts one Balanza instance on PostgreSQL (its own schema), with Redis when `prefix` is given. */
const startPostgresInstance = (name: string, schema: string, prefix?: string) =>
  startBenchServer({
    name,
    kind: 'balanza',
    env: {
      STORE: 'postgres',
      DATABASE_URL,
      DATABASE_SCHEMA: schema,
      ...(prefix ? { REDIS_URL, REDIS_PREFIX: prefix } : {}),
    },
  });

/** Rounds of one load on every setup in turn, so a noisy moment of the machine hits one round, not one setup. */
async function compareSetups(setups: Setup[], boards: number, perBoard: number) {
  const rounds = new Map(setups.map((setup) => [setup.name, [] as LoadResult[]]));
  for (const setup of setups) await measureLoad(setup.instances[0] as BenchServer, 2, 4, 20, 1, setup); // warm-up
  for (let i = 0; i < ROUNDS; i++)
    for (const setup of setups)
      rounds
        .get(setup.name)
        ?.push(await measureLoad(setup.instances[0] as BenchServer, boards, perBoard, 20, 6, setup));
  return setups.map((setup) => {
    const results = rounds.get(setup.name) ?? [];
    const delivered = results.reduce((sum, r) => sum + r.delivered, 0);
    const expected = results.reduce((sum, r) => sum + r.expected, 0);
    return {
      name: setup.name,
      p50: median(results.map((r) => r.p50)),
      same: median(results.map((r) => r.sameInstanceP50)),
      cross: median(results.map((r) => r.crossInstanceP50)),
      cpu: median(results.map(cpuPerDelivery)),
      deliveredShare: delivered / Math.max(1, expected),
      generatorBusy: median(results.map((r) => r.generatorBusy)),
    };
  });
}

/** The number of log rows a board holds and the length of its Redis stream, sampled while edits go on. */
async function sampleBacklog(schema: string, prefix: string, boardIdsBefore: Set<string>) {
  const ids = (await psql(`SELECT id FROM ${schema}.boards`)).split('\n').filter(Boolean);
  const board = ids.find((id) => !boardIdsBefore.has(id));
  if (!board) return null;
  const rows = Number(await psql(`SELECT count(*) FROM ${schema}.updates WHERE board_id = '${board}'`));
  const stream = Number(await redis('XLEN', `${prefix}updates:${board}`));
  return { rows, stream };
}

/**
 * `STEADY_SECONDS` of steady edits on one board whose clients are spread over two instances: the log rows not
 * yet compacted and the stream's length, every 30 s. Flat means compaction and trimming keep up.
 */
async function steadyBacklog(instances: BenchServer[], schema: string, prefix: string) {
  const before = new Set((await psql(`SELECT id FROM ${schema}.boards`)).split('\n').filter(Boolean));
  const samples: { second: number; rows: number; stream: number }[] = [];
  const started = performance.now();
  const timer = setInterval(() => {
    void sampleBacklog(schema, prefix, before).then((sample) => {
      if (sample) samples.push({ second: Math.round((performance.now() - started) / 1000), ...sample });
    });
  }, 30_000);
  const result = await measureLoad(instances[0] as BenchServer, 1, 10, 20, STEADY_SECONDS, { instances });
  clearInterval(timer);
  return { result, samples };
}

/**
 * Two instances on PostgreSQL and Redis against one, and PostgreSQL against SQLite, on the same load:
 * the p50 that crossing instances adds, what was delivered, server CPU per delivered update, and whether
 * the log and the stream stay flat under steady edits. Needs the machine's PostgreSQL and Redis.
 */
export async function runCrossInstance(): Promise<string> {
  const id = randomBytes(4).toString('hex');
  const [clusterSchema, aloneSchema, prefix] = [`bench_cluster_${id}`, `bench_alone_${id}`, `bench-${id}:`];
  const servers: BenchServer[] = [];
  try {
    await psql('SELECT 1');
    await redis('PING');
  } catch {
    return 'cross-instance: skipped (PostgreSQL or Redis not reachable; `bash scripts/setup.sh --browser` starts them)';
  }
  try {
    const sqlite = await startBenchServer({ name: 'SQLite, one instance', kind: 'balanza' });
    const alone = await startPostgresInstance('PostgreSQL, one instance', aloneSchema);
    const first = await startPostgresInstance('PostgreSQL + Redis, instance 1', clusterSchema, prefix);
    const second = await startPostgresInstance('PostgreSQL + Redis, instance 2', clusterSchema, prefix);
    servers.push(sqlite, alone, first, second);
    const setups: Setup[] = [
      { name: 'SQLite, one instance', instances: [sqlite] },
      { name: 'PostgreSQL, one instance', instances: [alone] },
      { name: 'PostgreSQL + Redis, all clients on one instance', instances: [first] },
      { name: 'PostgreSQL + Redis, clients on two instances', instances: [first, second] },
    ];
    const figures = await compareSetups(setups, 10, 10);
    const sqliteCpu = figures[0]?.cpu ?? Number.NaN;
    const table = markdownTable(
      [
        'setup (10 boards × 10 clients, 20 edits/s each)',
        'p50 ms',
        'p50 same inst.',
        'p50 crossing',
        'CPU µs/delivery',
        '× SQLite',
        'delivered',
        'generator busy',
      ],
      figures.map((row) => [
        row.name,
        f(row.p50),
        f(row.same),
        row.name.includes('two instances') ? f(row.cross) : '–',
        f(row.cpu, 1),
        `${f(row.cpu / sqliteCpu)}×`,
        `${f(100 * row.deliveredShare, 1)}%`,
        `${f(100 * row.generatorBusy, 0)}%`,
      ]),
    );
    const spread = figures[3];
    const added = spread ? spread.cross - spread.same : Number.NaN;
    const steady = await steadyBacklog([first, second], clusterSchema, prefix);
    const backlog = steady.samples.map((s) => `${s.second}s: ${s.rows} rows, stream ${s.stream}`).join('; ');
    const delivered = steady.result.delivered / Math.max(1, steady.result.expected);
    return [
      `cross-instance (${cpus().length} cores; CPU = both instances' user+system):`,
      table,
      `p50 added by crossing instances (same run, crossing − same instance): ${f(added)} ms`,
      `steady ${STEADY_SECONDS} s, 1 board × 10 clients on two instances, 20 edits/s: delivered ${f(100 * delivered, 2)}%, p50 ${f(steady.result.p50)} ms`,
      `  log rows not compacted and stream length every 30 s: ${backlog || 'no samples (run shorter than 30 s)'}`,
    ].join('\n');
  } finally {
    for (const server of servers) await server.process.kill('SIGKILL');
    await psql(`DROP SCHEMA IF EXISTS ${clusterSchema} CASCADE; DROP SCHEMA IF EXISTS ${aloneSchema} CASCADE`).catch(
      () => undefined,
    );
    const keys = (await redis('--scan', '--pattern', `${prefix}*`).catch(() => '')).split('\n').filter(Boolean);
    if (keys.length > 0) await redis('DEL', ...keys).catch(() => undefined);
  }
}

// `tsx test/bench/cross-instance.ts` runs it alone; run.ts imports runCrossInstance.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.setMaxListeners(0);
  runCrossInstance().then(
    (report) => {
      console.log(report);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
