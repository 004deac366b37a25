import { type BoardInfo, BoardNotFoundError, type Store, type StoredBoard } from './store.ts';

interface MemoryBoard {
  info: BoardInfo;
  log: Array<{ seq: number; update: Uint8Array }>;
  nextSeq: number;
}

/** A store that keeps everything in memory: for tests and throwaway servers. */
export function createMemoryStore(): Store {
  const boards = new Map<string, MemoryBoard>();
  const get = (boardId: string): MemoryBoard => {
    const board = boards.get(boardId);
    if (!board) throw new BoardNotFoundError(boardId);
    return board;
  };
  return {
    async create(boardId, update, info) {
      if (boards.has(boardId)) throw new Error(`board "${boardId}" exists already`);
      boards.set(boardId, { info: { ...info, id: boardId }, log: [{ seq: 1, update: update.slice() }], nextSeq: 2 });
    },
    async load(boardId): Promise<StoredBoard | null> {
      const board = boards.get(boardId);
      if (!board) return null;
      return {
        info: { ...board.info },
        updates: board.log.map((entry) => entry.update.slice()),
        lastSeq: board.log.at(-1)?.seq ?? 0,
      };
    },
    async append(boardId, update, now = Date.now()) {
      const board = get(boardId);
      const seq = board.nextSeq++;
      board.log.push({ seq, update: update.slice() });
      board.info.updatedAt = now;
      return seq;
    },
    async compact(boardId, snapshot, throughSeq) {
      const board = get(boardId);
      board.log = [
        { seq: throughSeq, update: snapshot.slice() },
        ...board.log.filter((entry) => entry.seq > throughSeq),
      ];
    },
    async setInfo(boardId, info) {
      const board = get(boardId);
      board.info = { ...board.info, ...info };
    },
    async list() {
      return [...boards.values()].map((board) => ({ ...board.info })).sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async delete(boardId) {
      return boards.delete(boardId);
    },
    async close() {
      boards.clear();
    },
  };
}
