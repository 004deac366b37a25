import * as Y from 'yjs';
import { ModelError } from '../collection.ts';
import { isBoardId } from '../ids.ts';
import { eventNoteKey, ROOT } from '../keys.ts';
import { languageOfLocale } from '../locale.ts';
import { transact } from '../mutate.ts';
import { addEvent, addGoal, addLane, addLedgerLine, addMeasure, addOutcome } from '../mutations.ts';
import { noteText } from '../notes-restore.ts';
import { MutationOrigin } from '../origin.ts';
import { getNote, isBoard, readBoard } from '../read.ts';
import { boardMeta, parseNewBoard, writeBoardShell } from '../template/create.ts';
import { TEMPLATE_LABELS } from '../template/labels.ts';
import { rollDates } from './roll-forward.ts';

export interface NextYearOptions {
  /** The id of the review board it is made from, written as the new board's `meta.previousBoardId`. */
  previousBoardId: string;
  /** Title of the new board; default: the review's, with its years moved on by one. */
  title?: string;
  now?: number;
}

export const NEXT_YEAR_ORIGIN = new MutationOrigin('startNextYear');

/** "Review 2025 → plan 2026" becomes "Review 2026 → plan 2027": each of the board's years moves on by one. */
const nextTitle = (title: string, years: number[]): string =>
  title.replace(/\d{4}/g, (found) => (years.includes(Number(found)) ? String(Number(found) + 1) : found));

/**
 * The board of the plan year, built from a stored review ([PLAN-11]): a new document whose year is the
 * review's plan year, holding exactly what the plan starts from — every goal with last year = the review's
 * actual, every ledger line with last year = its amount, the non-money outcomes with before = the review's
 * after, the lanes, every event rolled forward to the new year with last year's GMV, spend, verdict and note
 * text, and every measure as a plan item (not started). Records keep their ids (so measures' links to goals and
 * events still hold) and say where they came from (`carriedFrom`). Comments, votes, causes, the session and
 * the notes' text are not copied. Written in one transaction; the review is only read.
 *
 * @example const plan = startNextYear(reviewDoc, { previousBoardId: 'review2025' });
 */
export function startNextYear(review: Y.Doc, options: NextYearOptions): Y.Doc {
  if (!isBoard(review)) throw new ModelError('board: only a board can start the next year');
  if (!isBoardId(options.previousBoardId)) throw new ModelError('previousBoardId: expected a board id');
  const last = readBoard(review);
  if (last.meta.nextBoardId)
    throw new ModelError(`board: its next year was started already (${last.meta.nextBoardId})`);
  const { meta: old } = last;
  const board = parseNewBoard({
    title: options.title ?? nextTitle(old.title, [old.reviewedYear, old.planYear]),
    shop: old.shop,
    reviewedYear: old.planYear,
    currency: old.currency,
    locale: old.locale,
  });
  const meta = {
    ...boardMeta(board, options.now ?? Date.now()),
    highlightThreshold: old.highlightThreshold,
    previousBoardId: options.previousBoardId,
  };
  const campaignsLabel = TEMPLATE_LABELS[languageOfLocale(board.locale)].lanes.campaigns;
  const doc = new Y.Doc();
  doc.transact(() => {
    writeBoardShell(doc, meta);
    for (const g of last.goals) {
      const goal = { kind: g.kind, label: g.label, unit: g.unit, direction: g.direction, order: g.order };
      addGoal(doc, { ...goal, lastYear: g.actual, carriedFrom: { kind: 'goal', id: g.id } }, { id: g.id });
    }
    for (const l of last.ledger) {
      const line = { side: l.side, category: l.category, label: l.label, month: l.month, order: l.order };
      addLedgerLine(doc, { ...line, lastYear: l.amount, carriedFrom: { kind: 'ledger', id: l.id } }, { id: l.id });
    }
    for (const o of last.outcomes)
      addOutcome(doc, { kind: o.kind, label: o.label, unit: o.unit, order: o.order, before: o.after }, { id: o.id });
    for (const lane of last.lanes)
      addLane(doc, { kind: lane.kind, label: lane.label, order: lane.order }, { id: lane.id });
    const lanes = new Set(last.lanes.map((lane) => lane.id));
    // An event whose lane a peer removed meanwhile goes to the first lane (or a new one): never dropped.
    let home = last.lanes[0]?.id;
    for (const e of last.events) {
      const note = getNote(review, eventNoteKey(e.id));
      home ??= lanes.has(e.laneId) ? undefined : addLane(doc, { kind: 'campaigns', label: campaignsLabel });
      const laneId = lanes.has(e.laneId) ? e.laneId : (home as string);
      addEvent(
        doc,
        {
          laneId,
          title: e.title,
          campaign: e.campaign,
          ...rollDates(e, old.reviewedYear, board.reviewedYear),
          lastYearGmv: e.actualGmv,
          lastYearSpend: e.spend,
          lastYearVerdict: e.verdict,
          lastYearNote: note ? noteText(note).slice(0, 20_000) : '',
          carriedFrom: { kind: 'event', id: e.id },
        },
        { id: e.id },
      );
    }
    for (const m of last.measures) {
      const item = { text: m.text, column: m.column, order: m.order, owner: m.owner, due: m.due };
      const links = { goalIds: m.goalIds, eventIds: m.eventIds };
      // A card still private stays private to its author: carrying it over reveals nothing.
      const privacy = { author: m.author, hidden: m.hidden };
      addMeasure(
        doc,
        { ...item, ...links, ...privacy, status: 'not-started', carriedFrom: { kind: 'measure', id: m.id } },
        { id: m.id },
      );
    }
  }, NEXT_YEAR_ORIGIN);
  return doc;
}

/**
 * Links a review to the board started from it (`meta.nextBoardId`), so a second "start next year" opens that
 * board instead of making another. Refused when the review already has a different next board.
 */
export function linkNextBoard(review: Y.Doc, nextBoardId: string): void {
  if (!isBoardId(nextBoardId)) throw new ModelError('nextBoardId: expected a board id');
  const meta = review.getMap(ROOT.meta);
  const current = meta.get('nextBoardId');
  if (current === nextBoardId) return;
  if (typeof current === 'string') throw new ModelError(`board: its next year was started already (${current})`);
  transact(review, 'linkNextBoard', () => meta.set('nextBoardId', nextBoardId));
}
