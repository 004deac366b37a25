import { type BoardSnapshot, type ImportTarget, LANGUAGES, TEMPLATE_LABELS } from '@balanza/model';
import { normalWord } from './fields.ts';

/** A record as the matcher and the preview read it: its id and fields by name. */
export type RecordOf = { id: string } & Record<string, unknown>;

export type Match =
  | { kind: 'blank' }
  | { kind: 'ambiguous'; names: string[] }
  | { kind: 'existing'; record: RecordOf; name: string }
  /** No record has this row's key: the row makes one, from `defaults` and its cells. */
  | { kind: 'new'; key: string; name: string; defaults: Record<string, unknown> };

/** Every language's template word for `key` in one of the template's tables, normalised. */
const templateWords = (table: 'goals' | 'ledger' | 'campaigns', key: string): string[] =>
  LANGUAGES.map((language) => (TEMPLATE_LABELS[language][table] as Record<string, string>)[key] ?? '')
    .filter(Boolean)
    .map(normalWord);

/** An index from normalised names to the records they name; a record is found by its label or its template words. */
function indexBy<R extends RecordOf>(records: readonly R[], names: (record: R) => string[]) {
  const index = new Map<string, R[]>();
  for (const record of records)
    for (const name of new Set(names(record).filter(Boolean))) index.set(name, [...(index.get(name) ?? []), record]);
  return index;
}

function pick(
  found: readonly RecordOf[] | undefined,
  key: string,
  name: string,
  label: (r: RecordOf) => string,
  defaults: Record<string, unknown>,
): Match {
  if (!found || found.length === 0) return { kind: 'new', key, name, defaults };
  const [only] = found;
  if (found.length > 1 || !only) return { kind: 'ambiguous', names: found.map(label) };
  return { kind: 'existing', record: only, name: label(only) };
}

/**
 * How a row finds its record: goals by name (or, for the standard goals, their name in any language), ledger
 * lines by name and month, events by title (or template campaign name) within the lane when the file gives one.
 */
export function matcherFor(target: ImportTarget, board: BoardSnapshot): (values: Record<string, unknown>) => Match {
  if (target === 'goals') {
    const index = indexBy(board.goals as unknown as RecordOf[], (goal) => [
      normalWord(String(goal.label)),
      ...(goal.kind === 'custom' ? [] : templateWords('goals', String(goal.kind))),
    ]);
    return (values) => {
      const label = String(values.label ?? '');
      if (!label) return { kind: 'blank' };
      return pick(index.get(normalWord(label)), normalWord(label), label, (goal) => String(goal.label), {
        kind: 'custom',
        label,
      });
    };
  }
  if (target === 'ledger') {
    const index = indexBy(board.ledger as unknown as RecordOf[], (line) =>
      [normalWord(String(line.label)), ...templateWords('ledger', String(line.category))].map(
        (name) => `${name}|${line.month ?? ''}`,
      ),
    );
    return (values) => {
      const label = String(values.label ?? '');
      if (!label) return { kind: 'blank' };
      const key = `${normalWord(label)}|${values.month ?? ''}`;
      return pick(index.get(key), key, label, (line) => String(line.label), { label });
    };
  }
  const lanes = new Map(board.lanes.map((lane) => [lane.id, lane]));
  const defaultLane = board.lanes.find((lane) => lane.kind === 'campaigns') ?? board.lanes[0];
  const index = indexBy(board.events as unknown as RecordOf[], (event) => [
    normalWord(String(event.title)),
    ...(event.campaign ? templateWords('campaigns', String(event.campaign)) : []),
  ]);
  const label = (event: RecordOf) => `${event.title} (${lanes.get(String(event.laneId))?.label ?? ''})`;
  return (values) => {
    const title = String(values.title ?? '');
    if (!title) return { kind: 'blank' };
    const laneId = values.laneId as string | undefined;
    const found = index.get(normalWord(title))?.filter((event) => laneId === undefined || event.laneId === laneId);
    const key = `${normalWord(title)}|${laneId ?? ''}`;
    return pick(found, key, title, label, { title, ...(defaultLane ? { laneId: defaultLane.id } : {}) });
  };
}
