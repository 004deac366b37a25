import type { BoardSnapshot, Section } from '@balanza/model';
import type { ReactNode } from 'react';
import { DashboardSection } from '../dashboard/DashboardSection.tsx';
import { GoalsSection } from '../goals/GoalsSection.tsx';
import { LedgerSection } from '../ledger/LedgerSection.tsx';
import { MeasuresSection } from '../measures/MeasuresSection.tsx';
import { NotesSection } from '../notes/NotesSection.tsx';
import type { BoardActions } from '../sync/actions.ts';
import type { UseBoardResult } from '../sync/useBoard.ts';
import { TimelineSection } from '../timeline/TimelineSection.tsx';

/** What every section view receives: the board as plain data, its named mutations and the live session. */
export interface SectionProps {
  boardId: string;
  snapshot: BoardSnapshot;
  actions: BoardActions;
  board: UseBoardResult;
}

/**
 * The view of each built section; a section missing here shows its empty "coming" state. One line
 * per section, so each can be built on its own.
 */
export const SECTION_VIEWS: Partial<Record<Section, (props: SectionProps) => ReactNode>> = {
  goals: ({ boardId, snapshot, actions }) => <GoalsSection boardId={boardId} snapshot={snapshot} actions={actions} />,
  ledger: ({ snapshot, actions }) => <LedgerSection snapshot={snapshot} actions={actions} />,
  dashboard: ({ snapshot }) => <DashboardSection snapshot={snapshot} />,
  timeline: (props) => <TimelineSection {...props} />,
  measures: (props) => <MeasuresSection {...props} />,
  notes: (props) => <NotesSection {...props} />,
};
