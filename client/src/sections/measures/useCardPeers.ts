import { useMemo, useRef } from 'react';
import type { Peer } from '../../sync/presence.ts';
import type { CardPeers } from './MeasureCard.tsx';

/**
 * Who else (not this user) is editing or dragging each card, by card id, with their colours. The same
 * Map comes back while that does not change, so this user's own focus changes re-render no column.
 */
export function useCardPeers(presence: Peer[]): Map<string, CardPeers> {
  const previous = useRef<{ key: string; map: Map<string, CardPeers> }>({ key: '[]', map: new Map() });
  return useMemo(() => {
    const byCard = new Map<string, CardPeers>();
    for (const peer of presence) {
      if (peer.isSelf || peer.focus?.kind !== 'measure') continue;
      const current = byCard.get(peer.focus.id);
      byCard.set(peer.focus.id, {
        names: current ? `${current.names}, ${peer.user.name}` : peer.user.name,
        colors: [...(current?.colors ?? []), peer.user.color],
        dragging: (current?.dragging ?? false) || peer.focus.dragging === true,
      });
    }
    const key = JSON.stringify([...byCard]);
    if (key !== previous.current.key) previous.current = { key, map: byCard };
    return previous.current.map;
  }, [presence]);
}
