import { useSyncExternalStore } from 'react';
import { valueStore } from '../../sync/valueStore.ts';

/** Whether the comments drawer is open: shared by the top bar's toggle and the drawer itself. */
export const commentsDrawer = valueStore(false);
export const useCommentsDrawerOpen = () => useSyncExternalStore(commentsDrawer.subscribe, commentsDrawer.get);
