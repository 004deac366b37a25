import type * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import type { ClientMembers } from './client-members.ts';

/**
 * What a room is given: its board, where it stores, and whom it tells of what happens. `R` is the room
 * itself (`Room`), handed back to the callbacks.
 */
export interface RoomOptionsOf<R> {
  boardId: string;
  doc: Y.Doc;
  /** Where its updates are kept: a board's log, or a member's private document ([MEMBER-5]). */
  store: Pick<Store, 'append' | 'compact'>;
  log: Logger;
  /** Sequence number of the last stored update when the room was loaded. */
  lastSeq: number;
  /** Stored updates since the last snapshot; past `compactAfter`, the log is compacted. */
  updatesSinceSnapshot: number;
  compactAfter: number;
  /** Called when the last peer leaves (the manager may unload the room). */
  onEmpty?: (room: R) => void;
  /** Called when the room had to be dropped (its store failed); the manager must forget it. */
  onBroken?: (room: R) => void;
  /** Called after an update that changed the board's meta has been stored. */
  onMetaChanged?: (room: R) => void;
  /**
   * Automatic versions: `isDue` is asked before each update is applied; when due, the document as it was
   * before that update is handed to `take` once the update is stored (an update that changes nothing takes none).
   */
  autoVersion?: { isDue(room: R): boolean; take(room: R, bytes: Uint8Array): void };
  /** With several instances: where this room's stored updates and presence changes go to reach the others. */
  fanout?: RoomFanout;
  /** Which member writes under each client id ([MEMBER-4]); without it, nothing is bound. */
  clients?: ClientMembers;
}

/** What a room hands to the other instances (see `Room.applyRemote` for the way back). */
export interface RoomFanout {
  /** An update this instance stored as `seq` and relayed to its peers. */
  published(update: Uint8Array, seq: number): void;
  /** Presence changes of this instance's peers (an awareness update). */
  presence(update: Uint8Array): void;
}
