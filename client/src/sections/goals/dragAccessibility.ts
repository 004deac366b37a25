import type { Goal } from '@balanza/model';
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/index.tsx';

/** What a screen reader hears while a goal is moved with the keyboard, in the UI language. */
export function useDragAccessibility(goals: Goal[]): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const { t } = useI18n();
  return useMemo(() => {
    const d = t.goals.drag;
    const label = (id: UniqueIdentifier) => goals.find((goal) => goal.id === id)?.label || t.goals.untitled;
    const position = (id: UniqueIdentifier) => goals.findIndex((goal) => goal.id === id) + 1;
    return {
      screenReaderInstructions: { draggable: d.instructions },
      announcements: {
        onDragStart: ({ active }) => d.picked(label(active.id)),
        onDragOver: ({ active, over }) =>
          over ? d.over(label(active.id), position(over.id), goals.length) : undefined,
        onDragEnd: ({ active, over }) =>
          over ? d.dropped(label(active.id), position(over.id), goals.length) : d.cancelled(label(active.id)),
        onDragCancel: ({ active }) => d.cancelled(label(active.id)),
      },
    };
  }, [goals, t]);
}
