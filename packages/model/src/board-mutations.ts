import type * as Y from 'yjs';
import { applyImport } from './import-rows.ts';
import { ROOT, type RootKey } from './keys.ts';
import * as m from './mutations.ts';
import { restoreNote } from './notes-restore.ts';
import * as goalPlan from './plan/goal-plan.ts';
import * as plan from './plan/plan-mutations.ts';
import * as scenarios from './plan/scenarios.ts';
import { restoreItem, restoreSection } from './restore.ts';

// biome-ignore lint/suspicious/noExplicitAny: a registry of mutations of every signature
type Mutation = (doc: Y.Doc, ...args: any[]) => unknown;

/** A named mutation and the document roots it may write: what the client's guard checks ([AUTH-10]). */
export interface BoardMutation<F extends Mutation = Mutation> {
  run: F;
  writes: readonly RootKey[];
}

const writes = <F extends Mutation>(run: F, ...roots: RootKey[]): BoardMutation<F> => ({ run, writes: roots });

/** Every root a restore may write back (never comments or the session). */
const RESTORABLE = [ROOT.goals, ROOT.ledger, ROOT.outcomes, ROOT.lanes, ROOT.events, ROOT.measures, ROOT.notes];

/**
 * Every named mutation of the board, each beside the roots it writes. The client binds exactly these as
 * the board's actions, so a mutation cannot reach the page without saying what it writes; a test runs
 * each one and checks the server's per-update check agrees with the declaration for every role.
 */
export const BOARD_MUTATIONS = {
  updateMeta: writes(m.updateMeta, ROOT.meta),
  updateSession: writes(m.updateSession, ROOT.session),

  addGoal: writes(m.addGoal, ROOT.goals),
  updateGoal: writes(m.updateGoal, ROOT.goals),
  removeGoal: writes(m.removeGoal, ROOT.goals),
  moveGoal: writes(m.moveGoal, ROOT.goals),

  addLedgerLine: writes(m.addLedgerLine, ROOT.ledger),
  updateLedgerLine: writes(m.updateLedgerLine, ROOT.ledger),
  removeLedgerLine: writes(m.removeLedgerLine, ROOT.ledger),
  moveLedgerLine: writes(m.moveLedgerLine, ROOT.ledger),

  addOutcome: writes(m.addOutcome, ROOT.outcomes),
  updateOutcome: writes(m.updateOutcome, ROOT.outcomes),
  removeOutcome: writes(m.removeOutcome, ROOT.outcomes),
  moveOutcome: writes(m.moveOutcome, ROOT.outcomes),

  addLane: writes(m.addLane, ROOT.lanes),
  updateLane: writes(m.updateLane, ROOT.lanes),
  removeLane: writes(m.removeLane, ROOT.lanes),
  moveLane: writes(m.moveLane, ROOT.lanes),

  addEvent: writes(m.addEvent, ROOT.events, ROOT.notes),
  updateEvent: writes(m.updateEvent, ROOT.events),
  removeEvent: writes(m.removeEvent, ROOT.events),

  addMeasure: writes(m.addMeasure, ROOT.measures),
  updateMeasure: writes(m.updateMeasure, ROOT.measures),
  removeMeasure: writes(m.removeMeasure, ROOT.measures),
  moveMeasure: writes(m.moveMeasure, ROOT.measures),
  revealMeasures: writes(m.revealMeasures, ROOT.measures),
  voteMeasure: writes(m.voteMeasure, ROOT.measures),

  setBoardGrowth: writes(plan.setBoardGrowth, ROOT.plan),
  setPlanConversion: writes(plan.setPlanConversion, ROOT.plan),
  setGoalGrowth: writes(goalPlan.setGoalGrowth, ROOT.goals),
  setGoalMonth: writes(goalPlan.setGoalMonth, ROOT.goals),
  setGoalYearTotal: writes(goalPlan.setGoalYearTotal, ROOT.goals),
  setLineBudget: writes(plan.setLineBudget, ROOT.ledger),
  setEventBudget: writes(plan.setEventBudget, ROOT.events),
  setPlanItem: writes(plan.setPlanItem, ROOT.measures),

  addScenario: writes(scenarios.addScenario, ROOT.scenarios),
  renameScenario: writes(scenarios.renameScenario, ROOT.scenarios),
  moveScenario: writes(scenarios.moveScenario, ROOT.scenarios),
  removeScenario: writes(scenarios.removeScenario, ROOT.scenarios, ROOT.plan),
  setScenarioAssumption: writes(scenarios.setScenarioAssumption, ROOT.scenarios),
  adoptScenario: writes(scenarios.adoptScenario, ROOT.goals, ROOT.ledger, ROOT.events, ROOT.plan),

  importRows: writes(applyImport, ROOT.goals, ROOT.ledger, ROOT.events, ROOT.notes, ROOT.meta),

  restoreItem: writes(restoreItem, ...RESTORABLE),
  restoreSection: writes(restoreSection, ...RESTORABLE),
  restoreNote: writes(restoreNote, ROOT.notes),

  addThread: writes(m.addThread, ROOT.comments),
  addReply: writes(m.addReply, ROOT.comments),
  editMessage: writes(m.editMessage, ROOT.comments),
  deleteMessage: writes(m.deleteMessage, ROOT.comments),
  setThreadResolved: writes(m.setThreadResolved, ROOT.comments),
} as const;

export type BoardMutationName = keyof typeof BOARD_MUTATIONS;
