import * as Y from 'yjs';
import { ModelError } from '../collection.ts';
import { NOTE_SECTIONS, ROOT, SCHEMA_VERSION, sectionNoteKey } from '../keys.ts';
import { languageOfLocale } from '../locale.ts';
import { addEvent, addGoal, addLane, addLedgerLine, addOutcome } from '../mutations.ts';
import { TEMPLATE_ORIGIN } from '../origin.ts';
import { isBoard } from '../read.ts';
import type { GoalKind, Unit } from '../records/goal.ts';
import { type BoardMeta, type NewBoard, newBoardSchema } from '../records/meta.ts';
import { planDefaults } from '../records/plan.ts';
import { sessionDefaults } from '../records/session.ts';
import { campaignCalendar } from './calendar.ts';
import { TEMPLATE_LABELS } from './labels.ts';

const TEMPLATE_GOALS: Array<{ kind: Exclude<GoalKind, 'custom'>; unit: Unit }> = [
  { kind: 'sales', unit: 'money' },
  { kind: 'newCustomers', unit: 'count' },
  { kind: 'returningCustomers', unit: 'count' },
  { kind: 'growthRate', unit: 'percent' },
  { kind: 'marketShare', unit: 'percent' },
  { kind: 'operatingProfit', unit: 'money' },
  { kind: 'teamStability', unit: 'percent' },
];
const COST_CATEGORIES = ['labour', 'product', 'commission', 'marketing', 'logistics', 'afterSales'] as const;
const OUTCOME_KINDS = ['storeLevel', 'creditScore', 'returningCustomers', 'teamExperience'] as const;
const LANE_KINDS = ['campaigns', 'launches', 'brand', 'monthly'] as const;

/** Validates what a user gives for a new board; throws a `ModelError` naming the bad field. */
export function parseNewBoard(input: unknown): Required<NewBoard> {
  const parsed = newBoardSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ModelError(`${issue?.path.join('.') || 'board'}: ${issue?.message}`);
  }
  const board = parsed.data;
  const planYear = board.planYear ?? board.reviewedYear + 1;
  if (planYear < board.reviewedYear)
    throw new ModelError('planYear: the plan year cannot come before the reviewed year');
  return { ...board, planYear };
}

/** The meta of a new board made from validated input. */
export const boardMeta = (board: Required<NewBoard>, now: number): BoardMeta => ({
  ...board,
  schemaVersion: SCHEMA_VERSION,
  createdAt: now,
  highlightThreshold: 1,
});

/**
 * What every board has before its content, written inside the caller's transaction: meta, the
 * facilitation session, the plan's defaults and one note per section (notes are created once, here).
 */
export function writeBoardShell(doc: Y.Doc, meta: BoardMeta): void {
  const metaMap = doc.getMap(ROOT.meta);
  for (const [key, value] of Object.entries(meta)) metaMap.set(key, value);
  const session = doc.getMap(ROOT.session);
  for (const [key, value] of Object.entries(sessionDefaults)) session.set(key, value);
  const plan = doc.getMap(ROOT.plan);
  for (const [key, value] of Object.entries(planDefaults)) plan.set(key, value);
  const notes = doc.getMap<Y.XmlFragment>(ROOT.notes);
  for (const section of NOTE_SECTIONS) notes.set(sectionNoteKey(section), new Y.XmlFragment());
}

/**
 * Writes a new board into an empty document: meta, the facilitation session, one note per section,
 * and the template (standard goals, cost categories and turnover, non-money outcomes, timeline lanes
 * with the reviewed year's platform campaigns). Runs once, on the server, when a board is created.
 *
 * @example initBoard(doc, { title: 'Review 2026', shop: 'Tea House', reviewedYear: 2026 })
 */
export function initBoard(doc: Y.Doc, input: NewBoard, now = Date.now()): BoardMeta {
  const board = parseNewBoard(input);
  if (isBoard(doc)) throw new ModelError('this document is a board already');
  const labels = TEMPLATE_LABELS[languageOfLocale(board.locale)];
  const meta = boardMeta(board, now);
  doc.transact(() => {
    writeBoardShell(doc, meta);

    for (const goal of TEMPLATE_GOALS)
      addGoal(doc, { kind: goal.kind, unit: goal.unit, label: labels.goals[goal.kind] });
    for (const category of COST_CATEGORIES)
      addLedgerLine(doc, { side: 'input', category, label: labels.ledger[category] });
    addLedgerLine(doc, { side: 'output', category: 'turnover', label: labels.ledger.turnover });
    for (const kind of OUTCOME_KINDS) addOutcome(doc, { kind, ...labels.outcomes[kind] });
    const laneIds = Object.fromEntries(
      LANE_KINDS.map((kind) => [kind, addLane(doc, { kind, label: labels.lanes[kind] })]),
    );
    for (const campaign of campaignCalendar(board.reviewedYear)) {
      addEvent(doc, { laneId: laneIds.campaigns, title: labels.campaigns[campaign.campaign], ...campaign });
    }
  }, TEMPLATE_ORIGIN);
  return meta;
}
