import { addEvent, addGoal, addLane, readBoard, removeEvent, updateGoal } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { numberFormats } from '../../i18n/numbers.ts';
import { sectionView } from './rows.ts';
import { versionTextsEn as text } from './texts.ts';

describe('[VERSION-7] the read-only view of a version', () => {
  it('marks each record changed (with its fields), deleted since, added since or the same', () => {
    const doc = new Y.Doc();
    const sales = addGoal(doc, { label: 'Sales', unit: 'money', target: 100 });
    const share = addGoal(doc, { label: '', unit: 'percent' });
    const lane = addLane(doc, { kind: 'campaigns', label: 'Campaigns' });
    const event = addEvent(doc, { laneId: lane, title: '618', start: '2026-06-01', end: '2026-06-18' });
    const version = readBoard(doc);
    updateGoal(doc, sales, { target: 150 });
    const added = addGoal(doc, { label: 'New' });
    removeEvent(doc, event);
    const formats = numberFormats('en', 'EUR');

    const goals = sectionView(readBoard(doc), version, 'goals', formats, text);
    const rows = goals.groups[0]?.rows ?? [];
    expect(rows.map((row) => [row.id, row.state])).toEqual([
      [sales, 'changed'],
      [share, 'same'],
      [added, 'added'],
    ]);
    expect(rows[0]).toMatchObject({ name: 'Sales', fields: ['target'] });
    expect(rows[0]?.details).toMatch(/€100/);
    expect(rows[1]?.name).toBe(text.untitled);

    const timeline = sectionView(readBoard(doc), version, 'timeline', formats, text);
    expect(timeline.groups.map((group) => group.collection)).toEqual(['lanes', 'events']);
    expect(timeline.groups[1]?.rows.map((row) => [row.name, row.state])).toEqual([['618', 'deleted']]);
    expect(timeline.comparison.deleted).toHaveLength(1);
  });
});
