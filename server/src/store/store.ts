import type { BoardInfo, VersionInfo } from '@balanza/api';

/** What the board list shows without loading a board's document (@balanza/api). */
export type { BoardInfo, VersionInfo };

/** A board as stored: its info and its update log (one snapshot after compaction, then the updates since). */
export interface StoredBoard {
  info: BoardInfo;
  updates: Uint8Array[];
  /** Sequence number of the last update; pass it to `compact`. */
  lastSeq: number;
}

/** A document's update log as stored: a board's, or a member's private document's. */
export type StoredLog = Pick<StoredBoard, 'updates' | 'lastSeq'>;

/** A member's private document as stored ([MEMBER-5]): its update log, `lastSeq` 0 when there is none. */
export interface StoredDrafts {
  updates: Uint8Array[];
  lastSeq: number;
}

/** A version with the board document as it was: `Y.encodeStateAsUpdate` of the room's doc. */
export interface StoredVersion extends VersionInfo {
  bytes: Uint8Array;
}

/** Automatic versions kept per board; the oldest go first. Named versions are never removed implicitly. */
export const MAX_AUTO_VERSIONS = 200;

/** No board with that id in the store. */
export class BoardNotFoundError extends Error {
  override name = 'BoardNotFoundError';
  constructor(readonly boardId: string) {
    super(`no board "${boardId}"`);
  }
}

/**
 * Where boards live between server runs. Every implementation passes `runStoreContract` (contract.ts).
 * `append` resolves only once the update is durable: the server relays an update after that, never before.
 *
 * @example
 * const store = openSqliteStore({ dataDir: './data' });
 * await store.create(id, Y.encodeStateAsUpdate(doc), info);
 * const seq = await store.append(id, update);
 */
export interface Store {
  /** Creates a board from its first update; throws if the id is taken. */
  create(boardId: string, update: Uint8Array, info: BoardInfo): Promise<void>;
  /** The board's info and update log, or null when there is no such board. */
  load(boardId: string): Promise<StoredBoard | null>;
  /** Appends one update durably and returns its sequence number; throws `BoardNotFoundError`. */
  append(boardId: string, update: Uint8Array, now?: number): Promise<number>;
  /** Replaces updates up to and including `throughSeq` with one snapshot (the same document, shorter log). */
  compact(boardId: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /** Changes what the board list shows (title, shop, years…). */
  setInfo(boardId: string, info: Partial<Omit<BoardInfo, 'id' | 'createdAt'>>): Promise<void>;
  /** Every board's info, most recently updated first. */
  list(): Promise<BoardInfo[]>;
  /**
   * Saves a version of a board (throws `BoardNotFoundError`). Saving an automatic one removes the oldest
   * automatic versions beyond `maxAuto`; named versions are never removed here.
   */
  addVersion(version: StoredVersion, maxAuto?: number): Promise<void>;
  /** The board's versions, newest first, without their bytes; empty for an unknown board. */
  listVersions(boardId: string): Promise<VersionInfo[]>;
  /** One version with its bytes, or null when the board has no such version. */
  loadVersion(boardId: string, versionId: string): Promise<StoredVersion | null>;
  /**
   * Records under which member each Yjs client id writes on a board ([MEMBER-4]); an id already bound keeps
   * its first member. Throws `BoardNotFoundError`.
   */
  bindClients(boardId: string, bindings: ReadonlyMap<number, string>): Promise<void>;
  /** Every client id of a board with its member (empty for an unknown board). */
  clientMembers(boardId: string): Promise<Map<number, string>>;
  /**
   * A member's private document on a board ([MEMBER-5]): its update log (a snapshot after compaction, then
   * the updates since), empty when the member never wrote privately. Private documents are kept beside their
   * board, never listed with the boards, and deleted with it.
   */
  loadDrafts(boardId: string, memberId: string): Promise<StoredDrafts>;
  /** Appends one update to a member's private document, durably; throws `BoardNotFoundError`. */
  appendDrafts(boardId: string, memberId: string, update: Uint8Array): Promise<number>;
  /** Replaces a private document's updates up to `throughSeq` with one snapshot (as `compact`). */
  compactDrafts(boardId: string, memberId: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /** The members of a board who have a private document. */
  draftMembers(boardId: string): Promise<string[]>;
  /** Resolves when the store answers (a trivial query); rejects when it cannot be reached. */
  ping(): Promise<void>;
  /** Deletes a board, its log, its versions and its private documents; false when there was no such board. */
  delete(boardId: string): Promise<boolean>;
  close(): Promise<void>;
}
