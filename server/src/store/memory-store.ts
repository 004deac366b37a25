import {
  type BoardInfo,
  BoardNotFoundError,
  MAX_AUTO_VERSIONS,
  type Store,
  type StoredBoard,
  type StoredVersion,
  type VersionInfo,
} from './store.ts';

interface MemoryBoard {
  info: BoardInfo;
  log: Array<{ seq: number; update: Uint8Array }>;
  nextSeq: number;
  /** Oldest first, in the order they were saved. */
  versions: StoredVersion[];
  clients: Map<number, string>;
  /** Each member's private document ([MEMBER-5]). */
  drafts: Map<string, { log: Array<{ seq: number; update: Uint8Array }>; nextSeq: number }>;
}

const infoOfVersion = ({ bytes: _bytes, ...info }: StoredVersion): VersionInfo => ({ ...info });

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
      boards.set(boardId, {
        info: { ...info, id: boardId },
        log: [{ seq: 1, update: update.slice() }],
        nextSeq: 2,
        versions: [],
        clients: new Map(),
        drafts: new Map(),
      });
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
    async addVersion(version, maxAuto = MAX_AUTO_VERSIONS) {
      const board = get(version.boardId);
      board.versions.push({ ...version, bytes: version.bytes.slice() });
      if (!version.auto) return;
      let extra = board.versions.filter((v) => v.auto).length - maxAuto;
      board.versions = board.versions.filter((v) => !(v.auto && extra-- > 0));
    },
    async listVersions(boardId) {
      const versions = boards.get(boardId)?.versions ?? [];
      // Newest first; among equal times, the one saved last first.
      return versions
        .map((version, index) => ({ version, index }))
        .sort((a, b) => b.version.createdAt - a.version.createdAt || b.index - a.index)
        .map(({ version }) => infoOfVersion(version));
    },
    async loadVersion(boardId, versionId) {
      const found = boards.get(boardId)?.versions.find((version) => version.id === versionId);
      return found ? { ...found, bytes: found.bytes.slice() } : null;
    },
    async bindClients(boardId, bindings) {
      const { clients } = get(boardId);
      for (const [client, member] of bindings) if (!clients.has(client)) clients.set(client, member);
    },
    async clientMembers(boardId) {
      return new Map(boards.get(boardId)?.clients);
    },
    async loadDrafts(boardId, memberId) {
      const log = boards.get(boardId)?.drafts.get(memberId)?.log ?? [];
      return { updates: log.map((entry) => entry.update.slice()), lastSeq: log.at(-1)?.seq ?? 0 };
    },
    async appendDrafts(boardId, memberId, update) {
      const { drafts } = get(boardId);
      const own = drafts.get(memberId) ?? { log: [], nextSeq: 1 };
      drafts.set(memberId, own);
      const seq = own.nextSeq++;
      own.log.push({ seq, update: update.slice() });
      return seq;
    },
    async compactDrafts(boardId, memberId, snapshot, throughSeq) {
      const own = get(boardId).drafts.get(memberId) ?? { log: [], nextSeq: throughSeq + 1 };
      own.log = [{ seq: throughSeq, update: snapshot.slice() }, ...own.log.filter((entry) => entry.seq > throughSeq)];
      get(boardId).drafts.set(memberId, own);
    },
    async draftMembers(boardId) {
      return [...(boards.get(boardId)?.drafts.keys() ?? [])].sort();
    },
    async ping() {},
    async delete(boardId) {
      return boards.delete(boardId);
    },
    async close() {
      boards.clear();
    },
  };
}
