import {
  clearPrivateCards,
  type MemberCards,
  ROOT,
  type Role,
  readPrivateCards,
  revealedAlready,
  revealPrivateCards,
  waitingCount,
} from '@balanza/model';
import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { decodeClientMessage } from './protocol.ts';
import { CLOSE, Room } from './room.ts';
import type { InstanceFanout, Rooms } from './rooms.ts';
import { COLLECTED, type DecodedUpdate, rootsTouched } from './update-roots.ts';

/** Largest private document, encoded, unless configured otherwise: a member's cards, with room to spare. */
export const MAX_PRIVATE_BYTES = 1024 * 1024;

/** Why a frame for a private document closes its connection. */
export interface DraftRefusal {
  code: number;
  reason: string;
}

/** Close code for an update that would take a private document past its limit (4413: final, like HTTP 413). */
export const PRIVATE_TOO_LARGE = 4413;

export interface DraftRoomsOptions {
  store: Store;
  log: Logger;
  /** The boards' rooms: a reveal writes into the board's, and a private document is checked against it. */
  rooms: Rooms;
  idleUnloadMs: number;
  compactAfter: number;
  maxBytes?: number;
  /** With several instances: a member's devices on different instances see each other's changes (as boards). */
  fanout?: InstanceFanout;
}

/** What a reveal did: private cards added to the board, and cards hidden the old way shown. */
export interface RevealResult {
  revealed: number;
  shown: number;
}

/** A member's private document, loaded. */
interface MemberRoom {
  memberId: string;
  room: Room;
}

const keyOf = (boardId: string, memberId: string) => `${boardId}\u0000${memberId}`;
/** The name a private document's room goes by between instances (and in logs): never a board id, which has no `/`. */
const channelOf = (key: string) => key.replace('\u0000', '/drafts/');

/**
 * The members' private documents in memory ([MEMBER-5]), one room each, speaking y-websocket to that
 * member's devices only: loaded on first use, unloaded (compacted) when idle, stored through the store's
 * private-document log. The reveal moves every member's cards into the board in one server transaction.
 */
export class DraftRooms {
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  /** One reveal (or count) per board at a time: a double click reveals once. */
  private readonly turns = new Map<string, Promise<unknown>>();

  constructor(private readonly options: DraftRoomsOptions) {}

  /** The private document of `memberId` on `boardId`, loading it if needed (empty when never written). */
  open(boardId: string, memberId: string): Promise<Room> {
    const key = keyOf(boardId, memberId);
    let room = this.loading.get(key);
    if (!room) {
      room = this.load(boardId, memberId);
      this.loading.set(key, room);
      room.then(
        (loaded) => this.unloadIfIdle(loaded, key),
        () => this.loading.delete(key),
      );
    }
    return room;
  }

  /** A connection joined: the room stays loaded. */
  keep(boardId: string, memberId: string): void {
    const key = keyOf(boardId, memberId);
    clearTimeout(this.idleTimers.get(key));
    this.idleTimers.delete(key);
  }

  /** After a board's links changed: the private connections of revoked members are closed, as the board's are. */
  async recheckLinks(boardId: string, roleOf: (linkId: string) => Role | null): Promise<void> {
    for (const room of await this.roomsOf(boardId)) room.recheckLinks(roleOf);
  }

  /** The board was deleted: its private documents' connections are closed (the store deletes them with it). */
  async deleteBoard(boardId: string): Promise<void> {
    for (const [key, room] of this.loadedOf(boardId)) {
      this.forget(key);
      (await room.catch(() => null))?.destroy(CLOSE.boardDeleted, 'board deleted');
    }
  }

  async closeAll(): Promise<void> {
    for (const [key, room] of [...this.loading]) await this.unload(key, await room.catch(() => null));
  }

  /** How many private cards wait for the reveal on a board (and cards hidden the old way). */
  waiting(boardId: string): Promise<number> {
    return this.inTurn(boardId, async (board, rooms) => {
      return waitingCount(
        board.doc,
        rooms.map(({ memberId, room }) => ({ memberId, cards: readPrivateCards(room.doc) })),
      );
    });
  }

  /**
   * The reveal: every member's private cards go into the board in ONE server edit (one update, stored, then
   * relayed to everyone), authored by their members whether or not they are connected; once that is stored,
   * each private document is emptied of the cards read. A reveal repeated after a crash between the two adds
   * nothing twice (the board keeps the cards' ids, see `revealPrivateCards`) and finishes the emptying.
   */
  reveal(boardId: string): Promise<RevealResult> {
    return this.inTurn(boardId, async (board, rooms) => {
      let read: MemberCards[] = [];
      let result = { added: [] as string[], shown: 0 };
      await board.serverEdit((doc) => {
        // Read at the moment of the edit: what the members wrote up to it is in.
        read = rooms.map(({ memberId, room }) => ({ memberId, cards: readPrivateCards(room.doc) }));
        result = revealPrivateCards(doc, read);
      });
      await Promise.all(
        rooms.map(({ room }, i) => {
          const ids = (read[i]?.cards ?? []).map((card) => card.id);
          return ids.length > 0 ? room.serverEdit((doc) => clearPrivateCards(doc, ids)) : undefined;
        }),
      );
      this.options.log.info({ board: boardId, revealed: result.added.length }, 'private cards revealed');
      return { revealed: result.added.length, shown: result.shown };
    });
  }

  /** Runs `task` with the board's room, after the board's previous reveal or count. */
  private inTurn<T>(boardId: string, task: (board: Room, drafts: MemberRoom[]) => Promise<T>): Promise<T> {
    const before = this.turns.get(boardId) ?? Promise.resolve();
    const run = before
      .catch(() => undefined)
      .then(async () => {
        const board = await this.options.rooms.open(boardId);
        if (!board) throw new Error(`there is no board "${boardId}"`);
        const drafts = await this.allOf(boardId);
        try {
          return await task(board, drafts);
        } finally {
          // Kept loaded while in use; those nobody is connected to may be unloaded again.
          for (const { memberId, room } of drafts) this.unloadIfIdle(room, keyOf(boardId, memberId));
        }
      });
    const settled = run.catch(() => undefined);
    this.turns.set(boardId, settled);
    void settled.then(() => {
      if (this.turns.get(boardId) === settled) this.turns.delete(boardId);
    });
    return run;
  }

  /** Every private document of a board (stored or only in memory), loaded, settled and kept loaded. */
  private async allOf(boardId: string): Promise<MemberRoom[]> {
    const members = new Set(await this.options.store.draftMembers(boardId));
    for (const key of this.loadedOf(boardId).keys()) members.add(key.slice(boardId.length + 1));
    return Promise.all(
      [...members].sort().map(async (memberId) => {
        const room = await this.open(boardId, memberId);
        this.keep(boardId, memberId);
        await room.settled();
        return { memberId, room };
      }),
    );
  }

  private loadedOf(boardId: string): Map<string, Promise<Room>> {
    const prefix = keyOf(boardId, '');
    return new Map([...this.loading].filter(([key]) => key.startsWith(prefix)));
  }

  private async roomsOf(boardId: string): Promise<Room[]> {
    const rooms = await Promise.all([...this.loadedOf(boardId).values()].map((room) => room.catch(() => null)));
    return rooms.filter((room): room is Room => room !== null);
  }

  private async load(boardId: string, memberId: string): Promise<Room> {
    const { store, log } = this.options;
    const key = keyOf(boardId, memberId);
    const channel = channelOf(key);
    const { fanout } = this.options;
    // Taken before the load, as for a board: what another instance stores meanwhile is read afterwards.
    const position = fanout ? await fanout.position(channel) : null;
    const stored = await store.loadDrafts(boardId, memberId);
    const doc = new Y.Doc();
    doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    const room = new Room({
      boardId: channel,
      doc,
      store: {
        append: (_id, update) => store.appendDrafts(boardId, memberId, update),
        compact: (_id, snapshot, throughSeq) => store.compactDrafts(boardId, memberId, snapshot, throughSeq),
      },
      log,
      lastSeq: stored.lastSeq,
      updatesSinceSnapshot: Math.max(0, stored.updates.length - 1),
      compactAfter: this.options.compactAfter,
      onEmpty: (empty) => this.unloadIfIdle(empty, key),
      onBroken: () => this.forget(key),
      fanout: fanout?.forBoard(channel),
    });
    if (fanout && position !== null) fanout.follow(room, position, () => store.loadDrafts(boardId, memberId));
    await this.finishInterruptedReveal(boardId, room);
    return room;
  }

  /**
   * A reveal stored on the board but cut off (a crash) before it emptied this private document: the cards
   * the board already holds are removed here, so their author does not keep seeing them as private.
   */
  private async finishInterruptedReveal(boardId: string, room: Room): Promise<void> {
    const board = await this.options.rooms.open(boardId).catch(() => null);
    const done = board ? revealedAlready(board.doc, readPrivateCards(room.doc)) : [];
    if (done.length > 0) await room.serverEdit((doc) => clearPrivateCards(doc, done));
  }

  /**
   * Checks a frame on its way to a private document's room ([MEMBER-5]): an update that would take the
   * document past its size limit, or that writes anything but cards, closes that connection with the reason.
   * Read against the document as it is when the frame arrives (frames still queued in the room are not in
   * it yet, so a burst may pass the limit by what one turn carries). Malformed frames are the room's to refuse.
   */
  admit(room: Room, frame: Uint8Array): DraftRefusal | null {
    let message: ReturnType<typeof decodeClientMessage>;
    try {
      message = decodeClientMessage(frame);
    } catch {
      return null;
    }
    if (message.type !== 'update' && message.type !== 'sync-step2') return null;
    return this.refusal(message.update, message.decoded, room.doc);
  }

  private refusal(update: Uint8Array, decoded: DecodedUpdate, doc: Y.Doc): DraftRefusal | null {
    const limit = this.options.maxBytes ?? MAX_PRIVATE_BYTES;
    if (Y.encodeStateAsUpdate(doc).byteLength + update.byteLength > limit)
      return {
        code: PRIVATE_TOO_LARGE,
        reason: `your private cards would take more than ${Math.round(limit / 1024)} KiB: reveal or remove some`,
      };
    const roots = rootsTouched(doc, decoded);
    if (roots && [...roots].some((root) => root !== ROOT.measures && root !== COLLECTED))
      return { code: CLOSE.protocolError, reason: 'a private document holds measure cards only' };
    return null;
  }

  private unloadIfIdle(room: Room, key: string): void {
    if (room.peerCount > 0 || this.idleTimers.has(key)) return;
    const timer = setTimeout(() => {
      this.idleTimers.delete(key);
      if (room.peerCount === 0 && this.loading.has(key)) void this.unload(key, room);
    }, this.options.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(key, timer);
  }

  private async unload(key: string, room: Room | null): Promise<void> {
    this.forget(key);
    if (!room) return;
    try {
      await room.compact();
    } catch (error) {
      this.options.log.error(
        { board: room.boardId, err: error },
        'compacting a private document failed (the log is kept)',
      );
    }
    room.destroy(CLOSE.goingAway, 'unloaded');
  }

  private forget(key: string): void {
    if (this.loading.has(key)) this.options.fanout?.unfollow(channelOf(key));
    clearTimeout(this.idleTimers.get(key));
    this.idleTimers.delete(key);
    this.loading.delete(key);
  }
}
