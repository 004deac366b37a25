import { describe, expect, it } from 'vitest';
import { withSampleBoard } from './sample-info.ts';
import { BoardNotFoundError, type Store } from './store.ts';

/** [MEMBER-4] Client bindings in every store: the first member to write under an id keeps it, gone with the board. */
export function runClientContract(name: string, makeStore: () => Promise<Store> | Store): void {
  describe(`[MEMBER-4] ${name} store client bindings`, () => {
    const withBoard = withSampleBoard(makeStore);

    it(
      'binds client ids to members, keeps the first member of an id, and reads them back',
      withBoard(async (store) => {
        expect(await store.clientMembers('b1')).toEqual(new Map());
        await store.bindClients(
          'b1',
          new Map([
            [4_294_967_295, 'ana'],
            [7, 'bea'],
          ]),
        );
        await store.bindClients(
          'b1',
          new Map([
            [7, 'eve'],
            [8, 'bea'],
          ]),
        );
        expect(await store.clientMembers('b1')).toEqual(
          new Map([
            [4_294_967_295, 'ana'],
            [7, 'bea'],
            [8, 'bea'],
          ]),
        );
      }),
    );

    it(
      'refuses an unknown board, and forgets the bindings of a deleted one',
      withBoard(async (store) => {
        await expect(store.bindClients('nope', new Map([[1, 'ana']]))).rejects.toBeInstanceOf(BoardNotFoundError);
        await store.bindClients('b1', new Map([[1, 'ana']]));
        await store.delete('b1');
        expect(await store.clientMembers('b1')).toEqual(new Map());
      }),
    );
  });
}
