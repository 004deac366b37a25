import { type BoardMeta, metaSchema } from '@balanza/model';
import type { BoardSummary } from '../api/boards.ts';

/**
 * The boards this device keeps a copy of (in IndexedDB), with what the home page shows of them, so
 * the list works offline ([OFFLINE-3]). Written when a board has loaded, removed when it is deleted.
 */
const KEY = 'balanza.deviceBoards';

const shownMeta = metaSchema.pick({
  title: true,
  shop: true,
  reviewedYear: true,
  planYear: true,
  currency: true,
  locale: true,
});
type ShownMeta = Pick<BoardMeta, 'title' | 'shop' | 'reviewedYear' | 'planYear' | 'currency' | 'locale'>;

export interface DeviceBoard extends ShownMeta {
  id: string;
  /** When this device last opened it (ms since epoch). */
  openedAt: number;
}

/** localStorage is input like any other: entries that do not parse are left out. */
function parse(raw: unknown): DeviceBoard | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, openedAt } = raw as { id?: unknown; openedAt?: unknown };
  const meta = shownMeta.safeParse(raw);
  if (typeof id !== 'string' || id === '' || typeof openedAt !== 'number' || !meta.success) return null;
  return { ...meta.data, id, openedAt };
}

export function readDeviceBoards(): DeviceBoard[] {
  try {
    const value = JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.map(parse).filter((board) => board !== null) : [];
  } catch {
    return [];
  }
}

function write(boards: DeviceBoard[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(boards));
  } catch {
    // localStorage full: the list is a convenience; the boards themselves stay in IndexedDB.
  }
}

export function rememberDeviceBoard(id: string, meta: ShownMeta): void {
  const { title, shop, reviewedYear, planYear, currency, locale } = meta;
  const others = readDeviceBoards().filter((board) => board.id !== id);
  write([{ id, title, shop, reviewedYear, planYear, currency, locale, openedAt: Date.now() }, ...others]);
}

export function forgetDeviceBoard(id: string): void {
  write(readDeviceBoards().filter((board) => board.id !== id));
}

export const isOnDevice = (id: string): boolean => readDeviceBoards().some((board) => board.id === id);

/** A device board in the shape of the server's list, for the home page. */
export const asSummary = (board: DeviceBoard): BoardSummary => ({
  id: board.id,
  title: board.title,
  shop: board.shop,
  reviewedYear: board.reviewedYear,
  planYear: board.planYear,
  currency: board.currency,
  locale: board.locale,
  updatedAt: board.openedAt,
});
