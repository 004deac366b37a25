/**
 * Every root name of the board document. Nothing outside packages/model spells one of these.
 * Changing a value here is a schema migration, not a refactor.
 */
export const ROOT = {
  meta: 'meta',
  goals: 'goals',
  ledger: 'ledger',
  outcomes: 'outcomes',
  lanes: 'lanes',
  events: 'events',
  measures: 'measures',
  comments: 'comments',
  notes: 'notes',
  session: 'session',
  /** The operating plan's board-wide assumptions (growth, conversion, adopted scenario). */
  plan: 'plan',
  /** What-if scenarios of the plan. */
  scenarios: 'scenarios',
} as const;

export type RootKey = (typeof ROOT)[keyof typeof ROOT];

/** Collections stored as `Y.Map<id, Y.Map>`. */
export const COLLECTIONS = [
  'goals',
  'ledger',
  'outcomes',
  'lanes',
  'events',
  'measures',
  'comments',
  'scenarios',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Version of the document layout written into `meta.schemaVersion`. */
export const SCHEMA_VERSION = 1;

/** The board's sections, in the order of the navigation. Notes are keyed `section:<name>`. */
export const SECTIONS = ['dashboard', 'goals', 'ledger', 'timeline', 'measures', 'notes', 'plan'] as const;
export type Section = (typeof SECTIONS)[number];

/** Sections that own a rich-text reflection note. */
export const NOTE_SECTIONS = ['summary', 'goals', 'ledger', 'timeline', 'measures'] as const;
export type NoteSection = (typeof NOTE_SECTIONS)[number];

export const sectionNoteKey = (section: NoteSection): string => `section:${section}`;
export const eventNoteKey = (eventId: string): string => `event:${eventId}`;

/** What a note key belongs to: a section's note, an event's note, or null for any other key. */
export function noteOwner(key: string): { section: NoteSection } | { eventId: string } | null {
  const section = NOTE_SECTIONS.find((name) => sectionNoteKey(name) === key);
  if (section) return { section };
  const eventId = key.startsWith(eventNoteKey('')) ? key.slice(eventNoteKey('').length) : '';
  return eventId ? { eventId } : null;
}
