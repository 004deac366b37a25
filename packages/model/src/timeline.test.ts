/**
 * [MODEL-21] an event moved concurrently to different lanes (and dates) on two peers ends as ONE event in
 *            ONE lane, the same on both peers, and that lane is one of the lanes it was moved to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEvent, addLane, updateEvent } from './mutations.ts';
import { readBoard } from './read.ts';

const LANES = ['l0', 'l1', 'l2', 'l3'];

function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

const move = fc.record({ lane: fc.constantFrom(...LANES), month: fc.integer({ min: 1, max: 12 }) });

describe('concurrent moves of a timeline event', () => {
  it('[MODEL-21] two peers moving the same event to other lanes leave exactly one event in one lane', () => {
    fc.assert(
      fc.property(
        fc.array(move, { minLength: 1, maxLength: 4 }),
        fc.array(move, { minLength: 1, maxLength: 4 }),
        (movesA, movesB) => {
          const a = new Y.Doc();
          for (const lane of LANES) addLane(a, { label: lane }, { id: lane });
          addEvent(a, { laneId: 'l0', title: '618', start: '2026-06-01', end: '2026-06-18' }, { id: 'e' });
          const b = new Y.Doc();
          exchange(a, b);

          const apply = (doc: Y.Doc, moves: Array<{ lane: string; month: number }>) => {
            for (const { lane, month } of moves) {
              const m = String(month).padStart(2, '0');
              updateEvent(doc, 'e', { laneId: lane, start: `2026-${m}-01`, end: `2026-${m}-10` });
            }
          };
          apply(a, movesA);
          apply(b, movesB);
          exchange(a, b);

          const onA = readBoard(a);
          const onB = readBoard(b);
          expect(onA.events).toEqual(onB.events);
          expect(onA.events.map((event) => event.id)).toEqual(['e']);
          const finalLane = onA.events[0]?.laneId;
          const lastMoves = [movesA[movesA.length - 1]?.lane, movesB[movesB.length - 1]?.lane];
          expect(lastMoves).toContain(finalLane);
          // Each lane shows it at most once, and exactly one lane shows it.
          const lanesShowing = LANES.filter((lane) => onA.events.some((event) => event.laneId === lane));
          expect(lanesShowing).toEqual([finalLane]);
          // Dates are not asserted here: start and end merge field by field ([MODEL-5]), so two concurrent
          // moves can leave an end before its start — flagged on read ([MODEL-6]); see the report.
        },
      ),
      { numRuns: 200 },
    );
  });
});
