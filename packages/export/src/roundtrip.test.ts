/**
 * [EXPORT-4] the JSON export of a board imports back as a new board equal to it: same records with the same
 *            ids, orders and fields, same comment threads, session, plan, scenarios and notes' rich text
 * [EXPORT-5] the new board's meta is the exported one with a new creation time and no links to other years
 */
import { importBoard, isBoard, ROOT, readBoard, readNoteData } from '@balanza/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { boardJson, exportSource, parseBoardExport } from './envelope.ts';
import { boardPlan, buildBoard, hostileBoard } from './test-boards.ts';

function roundTrip(doc: Y.Doc, now = 42): Y.Doc {
  const parsed = parseBoardExport(JSON.parse(boardJson(exportSource(doc))));
  if (!parsed.ok) throw new Error(parsed.message);
  return importBoard(parsed.value.board, parsed.value.notes, { now });
}

/** A snapshot as it must survive the trip: everything but the creation time and the links to other boards. */
function comparable(doc: Y.Doc) {
  const { meta, ...rest } = readBoard(doc);
  const { createdAt: _created, previousBoardId: _previous, nextBoardId: _next, ...kept } = meta;
  return { meta: kept, ...rest, notes: readNoteData(doc) };
}

describe('JSON export and import', () => {
  it('[EXPORT-4] a random board comes back equal, ids kept (property)', () => {
    fc.assert(
      fc.property(boardPlan, (plan) => {
        const original = buildBoard(plan);
        const imported = roundTrip(original);
        expect(isBoard(imported)).toBe(true);
        expect(comparable(imported)).toEqual(comparable(original));
        expect(readBoard(imported).problems).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('[EXPORT-4] a board of hostile text comes back with every text exactly as written', () => {
    const original = hostileBoard();
    expect(comparable(roundTrip(original))).toEqual(comparable(original));
  });

  it('[EXPORT-5] the new board has a new creation time and no year links', () => {
    const original = hostileBoard();
    original.getMap('meta').set('previousBoardId', 'review2025');
    original.getMap('meta').set('nextBoardId', 'plan2027');
    const meta = readBoard(roundTrip(original, 1_234_567)).meta;
    expect(meta.createdAt).toBe(1_234_567);
    expect(meta.previousBoardId).toBeUndefined();
    expect(meta.nextBoardId).toBeUndefined();
  });

  it('[EXPORT-5] a record a peer left breaking a rule across fields comes back as it was, flagged the same', () => {
    const original = hostileBoard();
    const [event] = readBoard(original).events;
    const stored = original.getMap(ROOT.events).get(event?.id ?? '') as Y.Map<unknown>;
    stored.set('start', '2026-11-11');
    stored.set('end', '2026-11-01');
    const imported = roundTrip(original);
    expect(comparable(imported)).toEqual(comparable(original));
    expect(readBoard(imported).problems).toEqual(readBoard(original).problems);
    expect(readBoard(imported).problems).toMatchObject([{ collection: 'events', field: 'end' }]);
  });
});
