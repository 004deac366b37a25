import { type BoardContent, type CommentThread, noteOwner } from '@balanza/model';
import type { ExportLabels } from './labels.ts';

const SECTION_NAMES = {
  goals: 'goals',
  ledger: 'ledger',
  timeline: 'events',
  measures: 'measures',
} as const;

/** A section's name in the board's language (`summary` and unknown ones as they are). */
function sectionName(section: string, l: ExportLabels): string {
  if (section === 'summary') return l.sheets.summary;
  const sheet = SECTION_NAMES[section as keyof typeof SECTION_NAMES];
  return sheet ? l.sheets[sheet] : section;
}

/** What a comment thread is on, as a person reads it: the record's name, or the section's. */
export function targetName(board: BoardContent, thread: CommentThread, l: ExportLabels): string {
  const id = thread.targetId;
  switch (thread.targetKind) {
    case 'goal':
      return board.goals.find((goal) => goal.id === id)?.label ?? l.report.onTarget(l.goal.label, id);
    case 'ledger':
      return board.ledger.find((line) => line.id === id)?.label ?? l.report.onTarget(l.ledger.label, id);
    case 'outcome':
      return board.outcomes.find((outcome) => outcome.id === id)?.label ?? l.report.onTarget(l.outcome.label, id);
    case 'lane':
      return board.lanes.find((lane) => lane.id === id)?.label ?? l.report.onTarget(l.event.lane, id);
    case 'event':
      return board.events.find((event) => event.id === id)?.title ?? l.report.onTarget(l.event.title, id);
    case 'measure':
      return (
        board.measures.find((measure) => measure.id === id && !measure.hidden)?.text ??
        l.report.onTarget(l.measure.text, id)
      );
    default:
      return `${l.comment.section}: ${sectionName(id, l)}`;
  }
}

/** A note's heading: its section's name, or its event's title. */
export function noteTitle(board: BoardContent, key: string, l: ExportLabels): string {
  const owner = noteOwner(key);
  if (!owner) return key;
  if ('section' in owner) return sectionName(owner.section, l);
  return l.note.event(board.events.find((event) => event.id === owner.eventId)?.title ?? owner.eventId);
}
