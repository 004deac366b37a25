import { describe, expect, it } from 'vitest';
import { ROOT, type RootKey } from './keys.ts';
import {
  abilitiesOf,
  atLeast,
  mayChangeMeasureColumn,
  mayWrite,
  ROLE_CODE,
  ROLES,
  refusalOfRoots,
  roleOfCode,
  writeRefusal,
} from './permissions.ts';

const CONTENT: RootKey[] = [
  ROOT.meta,
  ROOT.goals,
  ROOT.ledger,
  ROOT.outcomes,
  ROOT.lanes,
  ROOT.events,
  ROOT.measures,
  ROOT.notes,
];
const unlocked = { locked: false };
const locked = { locked: true };

describe('writeRefusal, the one rule of who may write what', () => {
  it('[AUTH-1] roles are ordered, each with the rights of the ones before', () => {
    expect(atLeast('facilitator', 'editor')).toBe(true);
    expect(atLeast('commenter', 'editor')).toBe(false);
    expect(atLeast('viewer', 'viewer')).toBe(true);
    for (const role of ROLES) expect(roleOfCode(ROLE_CODE[role])).toBe(role);
    expect(roleOfCode('x')).toBeUndefined();
  });

  it('[AUTH-4] a viewer writes nothing, locked or not', () => {
    for (const root of [...CONTENT, ROOT.comments, ROOT.session])
      for (const context of [unlocked, locked]) expect(writeRefusal('viewer', root, context)).toBe('view-only');
  });

  it('[AUTH-5] a commenter writes comment threads only', () => {
    expect(writeRefusal('commenter', ROOT.comments, unlocked)).toBeNull();
    expect(writeRefusal('commenter', ROOT.comments, locked)).toBeNull();
    for (const root of CONTENT) expect(writeRefusal('commenter', root, unlocked)).toBe('comment-only');
    expect(writeRefusal('commenter', ROOT.session, unlocked)).toBe('facilitator-only');
  });

  it('[AUTH-6] only the facilitator writes the session', () => {
    expect(writeRefusal('editor', ROOT.session, unlocked)).toBe('facilitator-only');
    expect(writeRefusal('facilitator', ROOT.session, unlocked)).toBeNull();
  });

  it('[FACIL-5] a locked board leaves editors only comments; the facilitator keeps everything', () => {
    for (const root of CONTENT) {
      expect(writeRefusal('editor', root, unlocked)).toBeNull();
      expect(writeRefusal('editor', root, locked)).toBe('locked');
      expect(writeRefusal('facilitator', root, locked)).toBeNull();
    }
    expect(writeRefusal('editor', ROOT.comments, locked)).toBeNull();
  });

  it('a root the model does not know is treated as content', () => {
    expect(mayWrite('editor', 'somethingNew', unlocked)).toBe(true);
    expect(mayWrite('editor', 'somethingNew', locked)).toBe(false);
    expect(mayWrite('commenter', 'somethingNew', unlocked)).toBe(false);
  });

  it('a write of several roots is refused by the first root refused', () => {
    expect(refusalOfRoots('editor', [ROOT.events, ROOT.notes], unlocked)).toBeNull();
    expect(refusalOfRoots('editor', [ROOT.comments, ROOT.goals], locked)).toBe('locked');
    expect(refusalOfRoots('editor', [], locked)).toBeNull();
  });
});

describe('abilitiesOf', () => {
  it('[FACIL-4] gives the UI the same answers as the rule, under the lock', () => {
    expect(abilitiesOf('editor', locked)).toMatchObject({ canEdit: false, canComment: true, isFacilitator: false });
    expect(abilitiesOf('facilitator', locked)).toMatchObject({ canEdit: true, canComment: true, isFacilitator: true });
    expect(abilitiesOf('editor').canEdit).toBe(true);
    expect(abilitiesOf('commenter')).toMatchObject({ canEdit: false, canComment: true });
    expect(abilitiesOf('viewer', unlocked)).toMatchObject({ canEdit: false, canComment: false });
  });
});

describe('mayChangeMeasureColumn', () => {
  it('[MEASURE-7] a locked column is the facilitator’s alone; an open one follows the write rule', () => {
    const context = { locked: false, lockedColumns: ['keep'] };
    expect(mayChangeMeasureColumn('editor', 'keep', context)).toBe(false);
    expect(mayChangeMeasureColumn('facilitator', 'keep', context)).toBe(true);
    expect(mayChangeMeasureColumn('editor', 'add', context)).toBe(true);
    expect(mayChangeMeasureColumn('commenter', 'add', context)).toBe(false);
    expect(mayChangeMeasureColumn('editor', 'add', { ...context, locked: true })).toBe(false);
  });
});
