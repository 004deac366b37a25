import { useSyncExternalStore } from 'react';
import { valueStore } from '../../sync/valueStore.ts';

/** Whether the versions panel is open: shared by the top bar's button and the panel. */
export const versionsPanel = valueStore(false);
export const useVersionsPanelOpen = () => useSyncExternalStore(versionsPanel.subscribe, versionsPanel.get);
