import { newId } from '@balanza/model';
import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { Store, VersionInfo } from '../store/store.ts';

export interface BoardVersionsOptions {
  store: Store;
  log: Logger;
  /** An update that arrives when the newest version is older than this takes an automatic version. */
  autoIntervalMs: number;
  now?: () => number;
}

/**
 * Saves a board's versions: named ones on request, automatic ones at most once per `autoIntervalMs` of
 * activity. Keeps the time of each loaded board's newest version in memory, so deciding whether an
 * update is due one costs nothing.
 */
export class BoardVersions {
  private readonly newest = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: BoardVersionsOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Reads the time of a board's newest version (called when the board is loaded). */
  async prime(boardId: string): Promise<void> {
    const [latest] = await this.options.store.listVersions(boardId);
    this.newest.set(boardId, latest?.createdAt ?? Number.NEGATIVE_INFINITY);
  }

  /** Whether an update arriving now should take an automatic version first. */
  isDue(boardId: string): boolean {
    const latest = this.newest.get(boardId);
    return latest !== undefined && this.now() - latest >= this.options.autoIntervalMs;
  }

  /** Stores an automatic version (the board as it was before the update that made it due). */
  saveAuto(boardId: string, bytes: Uint8Array): void {
    const createdAt = this.now();
    this.newest.set(boardId, createdAt);
    const version = { id: newId(), boardId, name: null, auto: true, createdAt, createdBy: null, bytes };
    this.options.store.addVersion(version).then(
      () => this.options.log.debug({ board: boardId, version: version.id }, 'automatic version saved'),
      (error: unknown) => this.options.log.error({ board: boardId, err: error }, 'could not save an automatic version'),
    );
  }

  /** Stores a named version of the document as it is now. */
  async saveNamed(boardId: string, doc: Y.Doc, name: string, createdBy: string | null): Promise<VersionInfo> {
    const createdAt = this.now();
    const info: VersionInfo = { id: newId(), boardId, name, auto: false, createdAt, createdBy };
    await this.options.store.addVersion({ ...info, bytes: Y.encodeStateAsUpdate(doc) });
    if (this.newest.has(boardId)) this.newest.set(boardId, createdAt);
    return info;
  }

  /** The board was unloaded or deleted. */
  forget(boardId: string): void {
    this.newest.delete(boardId);
  }
}
