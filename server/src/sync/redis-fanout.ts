import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { Store, StoredLog } from '../store/store.ts';
import type { Room, RoomFanout } from './room.ts';

export interface RedisFanoutOptions {
  url: string;
  /** Prepended to every key and channel, so several deployments (or test runs) can share one Redis. */
  prefix?: string;
  store: Store;
  log: Logger;
  /** Entries kept per board stream: every entry is stored already, so this only bounds how far behind a reader may fall. */
  streamLength?: number;
}

/** How long one blocking read waits before it looks at the boards followed again (ms). */
const READ_BLOCK_MS = 200;
const ID_BYTES = 36;

/**
 * Carries a board's stored updates between instances on a Redis Stream per board (`<prefix>updates:<id>`)
 * and presence on a pub/sub channel per board (`<prefix>presence:<id>`), the y-redis design: the database
 * holds the board, Redis only moves what was stored. Each instance appends what it stored and reads the
 * streams of the boards it has loaded, skipping its own entries.
 *
 * When Redis goes away the instance keeps serving its own peers (their updates are stored as always) and
 * says so in `ready`; when it is back, every loaded board catches up from the store, so what another
 * instance stored meanwhile reaches this one's peers.
 */
/** A loaded document this instance follows: its room, where its stream was read to, how to re-read it. */
interface Followed {
  room: Room;
  position: string;
  reload: () => Promise<StoredLog | null>;
}

export class RedisFanout {
  readonly instanceId = randomUUID();
  private readonly writer: Redis;
  private readonly reader: Redis;
  private readonly subscriber: Redis;
  private readonly prefix: string;
  private readonly followed = new Map<string, Followed>();
  private closed = false;
  private reading: Promise<void> = Promise.resolve();
  private wasDown = false;

  constructor(private readonly options: RedisFanoutOptions) {
    this.prefix = options.prefix ?? 'balanza:';
    // Fail fast while disconnected rather than queue: what is missed is caught up from the store.
    const connection = { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false };
    this.writer = new Redis(options.url, connection);
    this.reader = new Redis(options.url, connection);
    this.subscriber = new Redis(options.url, { ...connection, enableOfflineQueue: true });
    for (const redis of [this.writer, this.reader, this.subscriber]) {
      // 'close' on every lost connection; 'error' is not emitted for each failed reconnection.
      redis.on('close', () => this.noteDown());
      redis.on('error', () => this.noteDown());
      redis.on('ready', () => this.noteUp());
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.onPresence(channel, message));
    this.reading = this.readLoop();
  }

  /** Are the connections to Redis up (for `/api/ready`)? */
  get ready(): boolean {
    return [this.writer, this.reader, this.subscriber].every((redis) => redis.status === 'ready');
  }

  /** Resolves once connected (or rejects after `timeoutMs`). */
  async connected(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ready) {
      if (Date.now() > deadline) throw new Error('Redis is not reachable');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * The end of a board's stream, taken before the board is loaded from the store: reading from there
   * after the load misses nothing stored meanwhile (what it reads twice, Yjs ignores).
   */
  async position(boardId: string): Promise<string> {
    try {
      const last = await this.writer.xrevrange(this.streamKey(boardId), '+', '-', 'COUNT', 1);
      return last[0]?.[0] ?? '0-0';
    } catch {
      return '0-0';
    }
  }

  /** The hooks a board's room publishes through. */
  forBoard(boardId: string): RoomFanout {
    return {
      published: (update, seq) => {
        const fields = ['from', this.instanceId, 'seq', String(seq), 'data', Buffer.from(update)];
        this.writer
          .xadd(this.streamKey(boardId), 'MAXLEN', '~', String(this.options.streamLength ?? 1000), '*', ...fields)
          .catch((error: unknown) => this.logMissed(boardId, 'update', error));
      },
      presence: (update) => {
        const message = Buffer.concat([Buffer.from(this.instanceId), Buffer.from(update)]);
        this.writer
          .publish(this.presenceChannel(boardId), message)
          .catch((error: unknown) => this.logMissed(boardId, 'presence', error));
      },
    };
  }

  /** Starts relaying other instances' changes of a loaded board to its room, from `position`. */
  follow(room: Room, position: string, reload?: () => Promise<StoredLog | null>): void {
    this.followed.set(room.boardId, {
      room,
      position,
      reload: reload ?? (() => this.options.store.load(room.boardId)),
    });
    this.subscriber.subscribe(this.presenceChannel(room.boardId)).catch(() => {});
  }

  /** Stops following a board (unloaded, deleted or broken). */
  unfollow(boardId: string): void {
    this.followed.delete(boardId);
    this.subscriber.unsubscribe(this.presenceChannel(boardId)).catch(() => {});
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.reading;
    for (const redis of [this.writer, this.reader, this.subscriber]) redis.disconnect();
  }

  private streamKey(boardId: string) {
    return `${this.prefix}updates:${boardId}`;
  }

  private presenceChannel(boardId: string) {
    return `${this.prefix}presence:${boardId}`;
  }

  /** One blocking read over the streams of every followed board at a time, forever. */
  private async readLoop(): Promise<void> {
    while (!this.closed) {
      const boards = [...this.followed.keys()];
      if (boards.length === 0 || this.reader.status !== 'ready') {
        await new Promise((resolve) => setTimeout(resolve, READ_BLOCK_MS));
        continue;
      }
      const positions = boards.map((id) => this.followed.get(id)?.position ?? '$');
      try {
        const streams = await this.reader.xreadBuffer(
          'COUNT',
          1000,
          'BLOCK',
          READ_BLOCK_MS,
          'STREAMS',
          ...boards.map((id) => this.streamKey(id)),
          ...positions,
        );
        for (const [key, entries] of streams ?? [])
          this.deliver(key.toString().slice(this.streamKey('').length), entries);
      } catch (error) {
        if (!this.closed) this.options.log.debug({ err: error }, 'reading the update streams failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, READ_BLOCK_MS));
      }
    }
  }

  private deliver(boardId: string, entries: [Buffer, Buffer[]][]): void {
    const followed = this.followed.get(boardId);
    if (!followed) return;
    for (const [id, fields] of entries) {
      followed.position = id.toString();
      const field = (name: string) => fields[fields.findIndex((f, i) => i % 2 === 0 && f.toString() === name) + 1];
      if (field('from')?.toString() === this.instanceId) continue;
      const data = field('data');
      const seq = Number(field('seq')?.toString());
      if (data && Number.isInteger(seq)) followed.room.applyRemote(new Uint8Array(data), seq);
    }
  }

  private onPresence(channel: Buffer, message: Buffer): void {
    const boardId = channel.toString().slice(this.presenceChannel('').length);
    if (message.subarray(0, ID_BYTES).toString() === this.instanceId) return;
    this.followed.get(boardId)?.room.applyRemotePresence(new Uint8Array(message.subarray(ID_BYTES)));
  }

  private noteDown(): void {
    if (this.closed || this.wasDown) return;
    this.wasDown = true;
    this.options.log.warn(
      'Redis is unreachable: serving this instance’s own clients; other instances catch up when it is back',
    );
  }

  /** Back after an outage: what other instances stored meanwhile is read from the store, board by board. */
  private noteUp(): void {
    if (!this.wasDown || !this.ready) return;
    this.wasDown = false;
    this.options.log.info(
      { boards: this.followed.size },
      'Redis is back: catching up every loaded board from the store',
    );
    for (const boardId of this.followed.keys()) void this.catchUp(boardId);
  }

  private async catchUp(boardId: string): Promise<void> {
    const followed = this.followed.get(boardId);
    if (!followed) return;
    try {
      const stored = await followed.reload();
      if (!stored) return;
      const merged = new Y.Doc();
      merged.transact(() => {
        for (const update of stored.updates) Y.applyUpdate(merged, update);
      });
      const missing = Y.encodeStateAsUpdate(merged, Y.encodeStateVector(followed.room.doc));
      merged.destroy();
      followed.room.applyRemote(missing, stored.lastSeq, true);
    } catch (error) {
      this.options.log.error({ board: boardId, err: error }, 'catching up a board from the store failed');
    }
  }

  private logMissed(boardId: string, what: string, error: unknown): void {
    this.noteDown();
    this.options.log.debug({ board: boardId, err: error }, `${what} not sent to the other instances`);
  }
}
