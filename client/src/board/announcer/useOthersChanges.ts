import type { CollectionName } from '@balanza/model';
import { useEffect, useRef } from 'react';
import { useAnnouncer } from './Announcer.tsx';
import { useAnnouncerTexts } from './texts.ts';

/** What a listener hears about an item: its name, and each fact shown for it keyed by field ("actual"). */
export interface SpokenItem {
  name: string;
  facts: Readonly<Record<string, string>>;
}

/**
 * Announces, politely, what others changed on the item this person is on ([A11Y-13]): after a render in
 * which some facts differ from the previous render's, if the record's latest change came from others and
 * `isOn()` says the person is on the item, the changed facts are said (coalesced, [A11Y-14]). The person's
 * own changes, and changes to items they are not on, are never said. Focus is never touched.
 *
 * @example
 * useOthersChanges({ collection: 'goals', id: goal.id }, () => row.current?.contains(document.activeElement) ?? false,
 *   { name: goal.label, facts: { actual: `Actual ${money(goal.actual)}` } });
 */
export function useOthersChanges(
  record: { collection: CollectionName; id: string } | null,
  isOn: () => boolean,
  spoken: SpokenItem | null,
): void {
  const announcer = useAnnouncer();
  const text = useAnnouncerTexts();
  const previous = useRef<{ key: string; spoken: SpokenItem } | null>(null);
  const key = record ? `${record.collection}:${record.id}` : null;
  // After every render: cheap (a few strings compared), and it sees exactly what the render showed.
  useEffect(() => {
    const before = previous.current;
    previous.current = key && spoken ? { key, spoken } : null;
    if (!announcer || !record || !spoken || before?.key !== key) return;
    const changed = Object.entries(spoken.facts).filter(([field, fact]) => before.spoken.facts[field] !== fact);
    if (changed.length === 0 || !announcer.changedByOthers(record.collection, record.id) || !isOn()) return;
    announcer.say(key, text.changed(spoken.name, changed.map(([, fact]) => fact).join(', ')));
  });
}
