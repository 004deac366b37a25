import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addGoal, addMeasure, addThread, readBoard, readPrivateCards, updateGoal, updateSession } from '@balanza/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { type ChildServer, spawnServer } from './support/child-server.ts';
import { connectClient, type TestClient, waitFor, waitForValue } from './support/clients.ts';
import { DATABASE_URL, sharedInstances } from './support/instances.ts';
import { startTcpProxy } from './support/tcp-proxy.ts';

const goalLabels = (doc: Y.Doc) =>
  new Set([...doc.getMap<Y.Map<unknown>>('goals').values()].map((goal) => String(goal.get('label'))));

describe('[SCALE-1] three instances sharing boards on PostgreSQL and Redis', () => {
  const instances = sharedInstances('scale', 3);
  const { servers } = instances;
  let boardId = '';
  let facilitator = '';
  let editor = '';
  let viewer = '';

  beforeAll(async () => {
    ({ id: boardId, token: facilitator } = instances.board);
    const link = async (role: string) => {
      const answer = await fetch(`${servers[0]?.url}/api/boards/${boardId}/links`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${facilitator}` },
        body: JSON.stringify({ role }),
      });
      return ((await answer.json()) as { link: { token: string } }).link.token;
    };
    // Made on the first instance while all three run: a link works on the others at once.
    [editor, viewer] = [await link('editor'), await link('viewer')];
  });

  const connect = (server: ChildServer, token: string) => instances.connect(server, boardId, token);

  it('says each instance is ready, with its store and Redis', async () => {
    for (const server of servers) {
      const answer = await fetch(`${server.url}/api/ready`);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ ok: true, store: 'ok', redis: 'ok' });
    }
  });

  it('edits made on any instance converge everywhere; presence crosses; a viewer’s write is dropped on every instance', async () => {
    const [a, b, c] = servers.map((server) => connect(server, editor)) as [TestClient, TestClient, TestClient];
    const reader = connect(servers[1] as ChildServer, viewer);
    await Promise.all([a, b, c, reader].map((client) => client.synced));
    for (const [i, client] of [a, b, c].entries())
      for (let n = 0; n < 20; n++) addGoal(client.doc, { label: `instance ${i} goal ${n}` });
    const all = [0, 1, 2].flatMap((i) => Array.from({ length: 20 }, (_, n) => `instance ${i} goal ${n}`));
    for (const client of [a, b, c, reader])
      await waitFor(
        () => all.every((label) => goalLabels(client.doc).has(label)),
        'every edit on every instance',
        15_000,
      );

    a.provider.awareness.setLocalStateField('user', { name: 'Ana on the first instance' });
    await waitFor(
      () =>
        [...c.provider.awareness.getStates().values()].some(
          (state) => state.user?.name === 'Ana on the first instance',
        ),
      'presence to cross from the first instance to the third',
      10_000,
    );

    addGoal(reader.doc, { label: 'written by a viewer' });
    addGoal(b.doc, { label: 'written after the viewer' });
    for (const client of [a, c])
      await waitFor(() => goalLabels(client.doc).has('written after the viewer'), 'a later edit');
    for (const client of [a, b, c]) expect(goalLabels(client.doc).has('written by a viewer')).toBe(false);
    // A client that joins later, on the third instance, reads the store: no viewer's write there either.
    const late = connect(servers[2] as ChildServer, editor);
    await late.synced;
    expect(goalLabels(late.doc).has('written after the viewer')).toBe(true);
    expect(goalLabels(late.doc).has('written by a viewer')).toBe(false);
  }, 60_000);

  it('[SCALE-1][FACIL-5] the board lock holds on every instance: a locked editor’s edit on another instance is dropped', async () => {
    const [first, second, third] = servers as [ChildServer, ChildServer, ChildServer];
    const lead = connect(first, facilitator);
    const member = connect(third, editor);
    const observer = connect(second, editor);
    await Promise.all([lead, member, observer].map((client) => client.synced));
    const goalId = addGoal(lead.doc, { label: 'locked goal' });
    await waitFor(
      () => readBoard(member.doc).goals.some((goal) => goal.id === goalId),
      'the goal on the third instance',
    );

    updateSession(lead.doc, { locked: true });
    await waitFor(() => readBoard(member.doc).session.locked, 'the lock to reach the third instance', 10_000);
    updateGoal(member.doc, goalId, { actual: 666 });
    // A comment (allowed while locked) from another client of the same instance, sent after the refused edit:
    // once it has crossed, the refused edit would have crossed too.
    const witness = connect(third, editor);
    await witness.synced;
    const threadId = addThread(witness.doc, {
      targetKind: 'goal',
      targetId: goalId,
      text: 'why?',
      author: 'Eva',
      authorId: 'u-eva',
      color: '#2f6fdf',
    });
    const goalOn = (client: TestClient) => readBoard(client.doc).goals.find((goal) => goal.id === goalId);
    const hasThread = (client: TestClient) => readBoard(client.doc).comments.some((thread) => thread.id === threadId);
    await waitFor(() => hasThread(observer) && hasThread(lead), 'the comment on the other instances', 10_000);
    const late = connect(second, viewer);
    await late.synced;
    expect(hasThread(late)).toBe(true);
    for (const client of [lead, observer, late]) expect(goalOn(client)?.actual).not.toBe(666);
    updateSession(lead.doc, { locked: false });
    await waitFor(() => !readBoard(member.doc).session.locked, 'the unlock to reach the third instance', 10_000);
  }, 60_000);

  it('[SCALE-1][DUR-1] kill -9 of one instance during a burst: its writer goes on through another, nothing seen is lost', async () => {
    const [victim, survivor, third] = servers as [ChildServer, ChildServer, ChildServer];
    const writer = connect(victim, editor);
    const observer = connect(survivor, editor);
    await Promise.all([writer.synced, observer.synced]);
    let written = 0;
    const labels = (client: TestClient) => [...goalLabels(client.doc)].filter((label) => label.startsWith('burst '));
    const burst = (async () => {
      while (written < 400 && victim.child.exitCode === null && victim.child.signalCode === null) {
        addGoal(writer.doc, { label: `burst ${written++}` });
        if (written % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    await waitFor(() => labels(observer).length >= 50, 'the other instance to relay 50 edits', 15_000);
    await victim.kill('SIGKILL');
    await burst;
    const seen = labels(observer);
    expect(seen.length).toBeLessThan(written); // the kill really was mid-burst
    // The load balancer sends the writer to another instance: the same document, a new connection.
    writer.provider.destroy();
    const moved = instances.connect(third, boardId, editor, writer.doc);
    await moved.synced;
    await waitFor(() => labels(observer).length === written, 'every edit of the writer on every instance', 15_000);
    // And the store has them all: a client that joins now reads every one.
    const late = connect(survivor, editor);
    await late.synced;
    expect(new Set(labels(late))).toEqual(new Set(Array.from({ length: written }, (_, n) => `burst ${n}`)));
    for (const label of seen) expect(labels(late)).toContain(label);
  }, 60_000);
});

describe('[SCALE-2] when Redis goes away and comes back', () => {
  const run = randomBytes(4).toString('hex');
  const schema = `balanza_redis_${run}`;
  // A Redis of this test's own, to stop and start again without touching the machine's.
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const redisUrl = `redis://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'balanza-redis-down-'));
  const servers: ChildServer[] = [];
  const clients: TestClient[] = [];
  let redis: ChildProcess | null = null;

  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await waitForValue(
      async () =>
        spawnSync('redis-cli', ['-p', String(port), 'ping'])
          .stdout?.toString()
          .trim(),
      (answer) => answer === 'PONG',
      'the test Redis to answer',
      20_000,
    );
  };
  const ready = async (server: ChildServer) =>
    (await (await fetch(`${server.url}/api/ready`)).json()) as { ok: boolean; redis: string };

  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const server of servers) await server.kill('SIGKILL');
    redis?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    spawnSync('psql', [DATABASE_URL, '-qc', `DROP SCHEMA IF EXISTS ${schema} CASCADE`]);
  });

  it('each instance serves its own clients, says it is not ready, and catches up from the store when Redis is back', async () => {
    await startRedis();
    const env = {
      STORE: 'postgres',
      DATABASE_URL,
      DATABASE_SCHEMA: schema,
      REDIS_URL: redisUrl,
    };
    const first = await spawnServer({ ...env, DATA_DIR: join(dataDir, 'first') });
    servers.push(first);
    const created = await fetch(`${first.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Outage', reviewedYear: 2026 }),
    });
    const { id, token } = (await created.json()) as { id: string; token: string };
    const second = await spawnServer({ ...env, DATA_DIR: join(dataDir, 'second') });
    servers.push(second);
    const connect = (server: ChildServer) => {
      const client = connectClient(`ws://127.0.0.1:${server.port}/sync`, id, undefined, token);
      clients.push(client);
      return client;
    };
    const [writer, sameInstance, otherInstance] = [connect(first), connect(first), connect(second)];
    // A member's private document open on both instances too ([MEMBER-5]): it catches up the same way.
    const invited = await fetch(`${first.url}/api/boards/${id}/members`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bo', role: 'editor' }),
    });
    const bo = ((await invited.json()) as { token: string }).token;
    const drafts = (server: ChildServer) => {
      const client = connectClient(`ws://127.0.0.1:${server.port}/sync`, `${id}/drafts`, undefined, bo);
      clients.push(client);
      return client;
    };
    const [phone, laptop] = [drafts(first), drafts(second)];
    const privateTexts = (client: TestClient) => readPrivateCards(client.doc).map((card) => card.text);
    await Promise.all([writer, sameInstance, otherInstance, phone, laptop].map((client) => client.synced));
    addGoal(writer.doc, { label: 'before the outage' });
    await waitFor(() => goalLabels(otherInstance.doc).has('before the outage'), 'an edit to cross', 10_000);

    redis?.kill('SIGKILL');
    await waitForValue(
      () => ready(first),
      (answer) => answer.redis === 'unreachable',
      'Redis to be missed',
      20_000,
    );
    const answer = await fetch(`${first.url}/api/ready`);
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({ ok: false, store: 'ok', redis: 'unreachable' });

    addGoal(writer.doc, { label: 'during the outage' });
    addMeasure(phone.doc, { text: 'private, during the outage', column: 'keep' });
    await waitFor(() => goalLabels(sameInstance.doc).has('during the outage'), 'the edit on its own instance', 10_000);
    expect(goalLabels(otherInstance.doc).has('during the outage')).toBe(false);
    expect(privateTexts(laptop)).not.toContain('private, during the outage');

    await startRedis();
    await waitFor(
      () => goalLabels(otherInstance.doc).has('during the outage'),
      'the catch-up once Redis is back',
      20_000,
    );
    await waitFor(
      () => privateTexts(laptop).includes('private, during the outage'),
      'the private document caught up once Redis is back',
      20_000,
    );
    for (const server of [first, second])
      await waitForValue(
        () => ready(server),
        (answer) => answer.ok === true,
        'the instance to be ready',
        20_000,
      );
    addGoal(otherInstance.doc, { label: 'after the outage' });
    await waitFor(() => goalLabels(writer.doc).has('after the outage'), 'edits to cross again', 10_000);
    expect(first.output.some((line) => line.includes('Redis is unreachable'))).toBe(true);
  }, 90_000);
});

describe('[SCALE-4] when PostgreSQL goes away and comes back', () => {
  const schema = `balanza_pgdown_${randomBytes(4).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'balanza-pg-down-'));
  const servers: ChildServer[] = [];
  const clients: TestClient[] = [];
  let proxy: Awaited<ReturnType<typeof startTcpProxy>> | null = null;

  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const server of servers) await server.kill('SIGKILL');
    await proxy?.close();
    rmSync(dataDir, { recursive: true, force: true });
    spawnSync('psql', [DATABASE_URL, '-qc', `DROP SCHEMA IF EXISTS ${schema} CASCADE`]);
  });

  it('an edit made while the database is away is neither relayed nor lost: it arrives once the database is back', async () => {
    const target = new URL(DATABASE_URL);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(DATABASE_URL);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const server = await spawnServer({
      STORE: 'postgres',
      DATABASE_URL: viaProxy.href,
      DATABASE_SCHEMA: schema,
      DATA_DIR: dataDir,
    });
    servers.push(server);
    const created = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Database outage', reviewedYear: 2026 }),
    });
    const { id, token } = (await created.json()) as { id: string; token: string };
    const connect = () => {
      const client = connectClient(`ws://127.0.0.1:${server.port}/sync`, id, undefined, token);
      clients.push(client);
      return client;
    };
    const [writer, observer] = [connect(), connect()];
    await Promise.all([writer.synced, observer.synced]);

    proxy.cut();
    addGoal(writer.doc, { label: 'while the database is away' });
    await waitForValue(
      async () => (await fetch(`${server.url}/api/ready`)).status,
      (status) => status === 503,
      'the store to be missed',
      20_000,
    );
    // Not stored, so not relayed: the observer never sees it while the database is away.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(goalLabels(observer.doc).has('while the database is away')).toBe(false);
    expect(goalLabels(writer.doc).has('while the database is away')).toBe(true);

    proxy.restore();
    await waitFor(
      () => goalLabels(observer.doc).has('while the database is away'),
      'the edit once the database is back',
      30_000,
    );
    const late = connect();
    await late.synced;
    expect(goalLabels(late.doc).has('while the database is away')).toBe(true);
  }, 90_000);
});
