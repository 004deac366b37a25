/** What the board list shows without loading a board's document. */
export interface BoardInfo {
  id: string;
  title: string;
  shop: string;
  reviewedYear: number;
  planYear: number;
  currency: string;
  locale: string;
  createdAt: number;
  updatedAt: number;
}

/** A board as stored: its info and its update log (one snapshot after compaction, then the updates since). */
export interface StoredBoard {
  info: BoardInfo;
  updates: Uint8Array[];
  /** Sequence number of the last update; pass it to `compact`. */
  lastSeq: number;
}

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
  /** Deletes a board and its log; false when there was no such board. */
  delete(boardId: string): Promise<boolean>;
  close(): Promise<void>;
}
