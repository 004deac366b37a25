import { useIdentity } from '../../identity/identity.ts';
import { useSnapshot } from '../BoardContext.tsx';
import { visibleCards } from './board.ts';
import { useMeasureText } from './texts.ts';

/** Read-only list of the measures that cite a goal or an event (the other side of a measure's links). */
export function LinkedMeasures({ kind, id }: { kind: 'goal' | 'event'; id: string }) {
  const snapshot = useSnapshot();
  const text = useMeasureText();
  const identity = useIdentity();
  const field = kind === 'goal' ? 'goalIds' : 'eventIds';
  const linked = visibleCards(snapshot.measures, identity?.id ?? '').filter((card) => card[field].includes(id));
  if (linked.length === 0) return null;
  return (
    <div className="ms-linked" data-testid="linked-measures">
      <h3>{text.linkedMeasures}</h3>
      <ul>
        {linked.map((card) => (
          <li key={card.id} data-measure-id={card.id}>
            <span className="ms-chip">{text.column[card.column]}</span> {card.text.trim() || text.untitled}
          </li>
        ))}
      </ul>
    </div>
  );
}
