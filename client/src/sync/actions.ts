import * as model from '@balanza/model';
import type * as Y from 'yjs';

/**
 * The board's named mutations bound to one document, so components call `actions.updateGoal(id, patch)`
 * and never see the Y.Doc. A `ModelError` (bad input, a record a peer just deleted) is reported to
 * `onError` for the UI to show, and the action returns `undefined`; other errors are bugs and propagate.
 */
export function createBoardActions(doc: Y.Doc, onError: (error: Error) => void) {
  const bind =
    <A extends unknown[], R>(mutation: (doc: Y.Doc, ...args: A) => R) =>
    (...args: A): R | undefined => {
      try {
        return mutation(doc, ...args);
      } catch (error) {
        if (error instanceof model.ModelError) {
          onError(error);
          return undefined;
        }
        throw error;
      }
    };

  return {
    updateMeta: bind(model.updateMeta),
    updateSession: bind(model.updateSession),

    addGoal: bind(model.addGoal),
    updateGoal: bind(model.updateGoal),
    removeGoal: bind(model.removeGoal),
    moveGoal: bind(model.moveGoal),

    addLedgerLine: bind(model.addLedgerLine),
    updateLedgerLine: bind(model.updateLedgerLine),
    removeLedgerLine: bind(model.removeLedgerLine),
    moveLedgerLine: bind(model.moveLedgerLine),

    addOutcome: bind(model.addOutcome),
    updateOutcome: bind(model.updateOutcome),
    removeOutcome: bind(model.removeOutcome),
    moveOutcome: bind(model.moveOutcome),

    addLane: bind(model.addLane),
    updateLane: bind(model.updateLane),
    removeLane: bind(model.removeLane),
    moveLane: bind(model.moveLane),

    addEvent: bind(model.addEvent),
    updateEvent: bind(model.updateEvent),
    removeEvent: bind(model.removeEvent),

    addMeasure: bind(model.addMeasure),
    updateMeasure: bind(model.updateMeasure),
    removeMeasure: bind(model.removeMeasure),
    moveMeasure: bind(model.moveMeasure),
    revealMeasures: bind(model.revealMeasures),
    voteMeasure: bind(model.voteMeasure),

    restoreItem: bind(model.restoreItem),
    restoreSection: bind(model.restoreSection),
    restoreNote: bind(model.restoreNote),

    addThread: bind(model.addThread),
    addReply: bind(model.addReply),
    editMessage: bind(model.editMessage),
    deleteMessage: bind(model.deleteMessage),
    setThreadResolved: bind(model.setThreadResolved),
  };
}

export type BoardActions = ReturnType<typeof createBoardActions>;
