import { type BoardMeta, initBoard, isBoard, type NewBoard, newId, type Role, readMeta } from '@balanza/model';
import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { BoardInfo, Store, StoredLog } from '../store/store.ts';
import { ClientMembers } from './client-members.ts';
import { CLOSE, Room, type RoomFanout } from './room.ts';
import { BoardVersions } from './versions.ts';

export interface RoomsOptions {
  store: Store;
  log: Logger;
  idleUnloadMs: number;
  compactAfter: number;
  /** Minimum time between automatic versions of a board (default: one hour). */
  autoVersionIntervalMs?: number;
  /** With several instances: how the boards loaded here hear of the others' changes (see RedisFanout). */
  fanout?: InstanceFanout;
}

/** What the board manager needs of the link between instances. */
export interface InstanceFanout {
  /** Where to start reading a board's changes from, asked before it is loaded from the store. */
  position(boardId: string): Promise<string>;
  forBoard(boardId: string): RoomFanout;
  /**
   * Relays other instances' changes to `room` from `position`. After an outage the document is caught up from
   * the store with `reload` (a board's own log when not given: a member's private document passes its own).
   */
  follow(room: Room, position: string, reload?: () => Promise<StoredLog | null>): void;
  unfollow(boardId: string): void;
}

/** One automatic version per hour of activity at most, unless configured otherwise. */
export const AUTO_VERSION_INTERVAL_MS = 60 * 60 * 1000;

/** A stored board whose log does not make a board document: never served as an empty board. */
export class CorruptBoardError extends Error {
  override name = 'CorruptBoardError';
}

const infoFromMeta = (meta: BoardMeta): Omit<BoardInfo, 'id' | 'createdAt' | 'updatedAt'> => ({
  title: meta.title,
  shop: meta.shop,
  reviewedYear: meta.reviewedYear,
  planYear: meta.planYear,
  currency: meta.currency,
  locale: meta.locale,
});

/**
 * The boards loaded in memory: loads a board on first use (once, however many ask at the same time),
 * unloads it when nobody has been connected for `idleUnloadMs`, compacting its log on the way out.
 */
export class Rooms {
  private readonly loading = new Map<string, Promise<Room | null>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  /** Named and automatic versions of the boards. */
  readonly versions: BoardVersions;

  constructor(private readonly options: RoomsOptions) {
    this.versions = new BoardVersions({
      store: options.store,
      log: options.log,
      autoIntervalMs: options.autoVersionIntervalMs ?? AUTO_VERSION_INTERVAL_MS,
    });
  }

  get loadedCount(): number {
    return this.loading.size;
  }

  /** Creates a board from the template and stores it; returns its id and meta. */
  create(
    input: NewBoard,
    options: { now?: number; fill?: (doc: Y.Doc) => void } = {},
  ): Promise<{ id: string; meta: BoardMeta }> {
    const now = options.now ?? Date.now();
    const doc = new Y.Doc();
    initBoard(doc, input, now);
    options.fill?.(doc);
    return this.store(newId(), doc, now);
  }

  /**
   * Stores `doc`, a whole board document built on the server (e.g. the board of a review's next year),
   * as the new board `id`; the document is freed once stored.
   */
  async store(id: string, doc: Y.Doc, now = Date.now()): Promise<{ id: string; meta: BoardMeta }> {
    try {
      const meta = readMeta(doc);
      await this.options.store.create(id, Y.encodeStateAsUpdate(doc), {
        id,
        ...infoFromMeta(meta),
        createdAt: now,
        updatedAt: now,
      });
      this.options.log.info({ board: id }, 'board created');
      return { id, meta };
    } finally {
      doc.destroy();
    }
  }

  /** The room of a board, loading it if needed; null when there is no such board. */
  open(boardId: string): Promise<Room | null> {
    let room = this.loading.get(boardId);
    if (!room) {
      room = this.load(boardId);
      this.loading.set(boardId, room);
      // A failed or missing load is not cached: the next request tries again.
      room.then(
        (loaded) => (loaded ? this.scheduleUnloadIfIdle(loaded) : this.loading.delete(boardId)),
        () => this.loading.delete(boardId),
      );
    }
    return room;
  }

  /** Marks a board as in use (a connection joined), cancelling a pending unload. */
  keep(boardId: string): void {
    const timer = this.idleTimers.get(boardId);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(boardId);
  }

  /** After a board's links changed: its connections whose link was revoked or changed role are closed. */
  async recheckLinks(boardId: string, roleOf: (linkId: string) => Role | null): Promise<void> {
    const room = await this.loading.get(boardId)?.catch(() => null);
    room?.recheckLinks(roleOf);
  }

  /** Deletes a board: closes its connections and removes it from the store. */
  async delete(boardId: string): Promise<boolean> {
    const room = await this.loading.get(boardId)?.catch(() => null);
    this.forget(boardId);
    room?.destroy(CLOSE.boardDeleted, 'board deleted');
    return this.options.store.delete(boardId);
  }

  /** Compacts and unloads every board: for a graceful shutdown. */
  async closeAll(): Promise<void> {
    const rooms = await Promise.all([...this.loading.values()].map((room) => room.catch(() => null)));
    for (const room of rooms) if (room) await this.unload(room, CLOSE.goingAway, 'server shutting down');
  }

  private async load(boardId: string): Promise<Room | null> {
    const started = performance.now();
    const { fanout } = this.options;
    // Taken before the load: what another instance stores while this one loads is read afterwards.
    const position = fanout ? await fanout.position(boardId) : null;
    const stored = await this.options.store.load(boardId);
    if (!stored) return null;
    const doc = new Y.Doc();
    try {
      // One transaction for the whole log: observers and bookkeeping run once, not per update.
      doc.transact(() => {
        for (const update of stored.updates) Y.applyUpdate(doc, update);
      });
    } catch (error) {
      throw new CorruptBoardError(`board "${boardId}" cannot be read: ${(error as Error).message}`);
    }
    if (!isBoard(doc)) throw new CorruptBoardError(`board "${boardId}" is stored but its data is not a board`);
    await this.versions.prime(boardId);
    const { store, log } = this.options;
    const clients = new ClientMembers(boardId, await store.clientMembers(boardId), store, log);
    const room = new Room({
      clients,
      boardId,
      doc,
      store: this.options.store,
      log: this.options.log,
      lastSeq: stored.lastSeq,
      updatesSinceSnapshot: stored.updates.length - 1,
      compactAfter: this.options.compactAfter,
      onEmpty: (empty) => this.scheduleUnloadIfIdle(empty),
      onBroken: (broken) => this.forget(broken.boardId),
      onMetaChanged: (changed) => this.saveInfo(changed),
      autoVersion: {
        isDue: (room) => this.versions.isDue(room.boardId),
        take: (room, bytes) => this.versions.saveAuto(room.boardId, bytes),
      },
      fanout: fanout?.forBoard(boardId),
    });
    if (fanout && position !== null) fanout.follow(room, position);
    this.options.log.debug(
      { board: boardId, updates: stored.updates.length, ms: Math.round(performance.now() - started) },
      'board loaded',
    );
    if (stored.updates.length > this.options.compactAfter) await room.compact();
    return room;
  }

  private scheduleUnloadIfIdle(room: Room): void {
    if (room.peerCount > 0) return;
    this.keep(room.boardId);
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.boardId);
      if (room.peerCount === 0) void this.unload(room, CLOSE.goingAway, 'board unloaded');
    }, this.options.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(room.boardId, timer);
  }

  private async unload(room: Room, code: number, reason: string): Promise<void> {
    this.forget(room.boardId);
    try {
      await room.compact();
    } catch (error) {
      this.options.log.error({ board: room.boardId, err: error }, 'compaction on unload failed (the log is kept)');
    }
    room.destroy(code, reason);
    this.options.log.debug({ board: room.boardId }, 'board unloaded');
  }

  private forget(boardId: string): void {
    this.keep(boardId);
    this.options.fanout?.unfollow(boardId);
    this.versions.forget(boardId);
    this.loading.delete(boardId);
  }

  private saveInfo(room: Room): void {
    this.options.store.setInfo(room.boardId, infoFromMeta(readMeta(room.doc))).catch((error: unknown) => {
      this.options.log.error({ board: room.boardId, err: error }, 'could not update the board list entry');
    });
  }
}
