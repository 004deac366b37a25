import type { Section } from '@balanza/model';
import type { ReactNode } from 'react';
import { DashboardSection } from '../../sections/dashboard/DashboardSection.tsx';
import { GoalsSection } from '../../sections/goals/GoalsSection.tsx';
import { LedgerSection } from '../../sections/ledger/LedgerSection.tsx';
import { MeasuresSection } from '../../sections/measures/MeasuresSection.tsx';
import { NotesSection } from '../../sections/notes/NotesSection.tsx';
import { PlanSection } from '../../sections/plan/PlanSection.tsx';
import { TimelineSection } from '../../sections/timeline/TimelineSection.tsx';

/** The view of each section; each takes the board from the board context (`board/BoardContext.tsx`). */
export const SECTION_VIEWS: Record<Section, () => ReactNode> = {
  goals: GoalsSection,
  ledger: LedgerSection,
  dashboard: DashboardSection,
  timeline: TimelineSection,
  measures: MeasuresSection,
  notes: NotesSection,
  plan: PlanSection,
};
