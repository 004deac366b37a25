import { type Measure, type MeasureColumn, mayChangeMeasureColumn } from '@balanza/model';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { openCountsByTarget, targetKey } from '../../board/comments/threads.ts';

const MEASURE_TARGET = targetKey('measure', '');

import { useAnnouncerTexts } from '../../board/announcer/texts.ts';
import { useOthersChanges } from '../../board/announcer/useOthersChanges.ts';
import { useAbilities, useActions, useLiveBoard, useSnapshot } from '../../board/BoardContext.tsx';
import { useDeletedWhileEditing } from '../../board/cells/useDeletedWhileEditing.ts';
import { groupByColumn, totalVotes, visibleCards, votesUsedBy } from '../../board/measures/board.ts';
import { useMeasureText } from '../../board/measures/texts.ts';
import { SectionHeader } from '../../board/SectionHeader.tsx';
import { useIdentity } from '../../identity/identity.ts';
import { useToast } from '../../ui/Toast.tsx';
import { MeasureDetails } from './MeasureDetails.tsx';
import { MeasuresBoard } from './MeasuresBoard.tsx';
import { MeasuresToolbar } from './MeasuresToolbar.tsx';
import { useCardPeers } from './useCardPeers.ts';
import { useMeasureDnd } from './useMeasureDnd.ts';
import { usePrivateWriting } from './usePrivateWriting.ts';

/** Next year's plan as three columns of cards — keep, change, add — moved by drag or keyboard. */
export function MeasuresSection() {
  const snapshot = useSnapshot();
  const actions = useActions();
  const board = useLiveBoard();
  const text = useMeasureText();
  const toast = useToast();
  const identity = useIdentity();
  // Lock-aware: a locked board makes the measures read-only too.
  const role = useAbilities();
  const { measures, session, meta, comments } = snapshot;
  const selfId = identity?.id ?? '';
  const { privateWriting } = session;
  // This member's private cards come after the board's in each column, shown to them alone ([MEASURE-6]).
  const writing = usePrivateWriting(measures, selfId, privateWriting);
  const { own, ownIds, handle } = writing;
  const visible = useMemo(() => [...visibleCards(measures, selfId), ...own], [measures, selfId, own]);
  const all = useMemo(() => (own.length > 0 ? [...measures, ...own] : measures), [measures, own]);
  const columns = useMemo(() => groupByColumn(visible), [visible]);
  const mayChange = useCallback(
    (column: MeasureColumn) =>
      mayChangeMeasureColumn(role.role, column, { locked: role.locked, lockedColumns: session.lockedColumns }),
    [role.role, role.locked, session.lockedColumns],
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = visible.find((card) => card.id === selectedId) ?? null;
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [draggingId, setDraggingId] = useState<string | null>(null);

  // Tell the others which card is being moved or edited here ([MEASURE-10]).
  const { setFocus } = board;
  const focused = draggingId ?? focusedId ?? selected?.id ?? null;
  // A private card is nobody else's business, not even which one is being worked on ([MEMBER-5]).
  const focusId = focused !== null && !ownIds.has(focused) ? focused : null;
  useEffect(() => {
    setFocus(focusId ? { kind: 'measure', id: focusId, ...(draggingId ? { dragging: true } : {}) } : null);
  }, [setFocus, focusId, draggingId]);
  useEffect(() => () => setFocus(null), [setFocus]);
  const peers = useCardPeers(board.presence);

  // Others moving or voting on the card this person is on is announced, even once it left its column ([A11Y-13]).
  const announcerText = useAnnouncerTexts();
  const focusedCard = focusedId ? measures.find((card) => card.id === focusedId) : undefined;
  useOthersChanges(
    focusedCard ? { collection: 'measures', id: focusedCard.id } : null,
    () => true,
    focusedCard
      ? {
          name: announcerText.card(focusedCard.text.trim() || text.untitled),
          facts: {
            column: announcerText.inColumn(text.column[focusedCard.column]),
            votes: text.votes(totalVotes(focusedCard)),
          },
        }
      : null,
  );

  const openThreads = useMemo(() => {
    const byCard = new Map<string, number>();
    for (const [key, count] of openCountsByTarget(comments))
      if (key.startsWith(MEASURE_TARGET)) byCard.set(key.slice(MEASURE_TARGET.length), count);
    return byCard;
  }, [comments]);

  const { touch, release, deletedByMe } = useDeletedWhileEditing(measures, (card) => {
    const { id, flags: _flags, ...fields } = card;
    toast({
      message: text.deletedWhileEditing(card.text.trim() || text.untitled),
      duration: 30_000,
      action: { label: text.restore, run: () => actions.addMeasure(fields, { id }) },
    });
  });

  const boardRef = useRef<HTMLDivElement | null>(null);
  const dnd = useMeasureDnd({
    all,
    visible: columns,
    board: boardRef,
    mayDropIn: mayChange,
    onMove: (id, column, index) => {
      // `index` counts the board's cards of the column, then the private ones (shown after them).
      const onBoard = measures.filter((card) => card.column === column && card.id !== id).length;
      if (ownIds.has(id)) handle?.move(id, column, Math.max(0, index - onBoard));
      else actions.moveMeasure(id, column, Math.min(index, onBoard));
    },
    onRefused: (column) => toast({ message: text.lockedRefused(text.column[column]), tone: 'error' }),
    onDragging: setDraggingId,
  });

  const onUpdate = useCallback(
    (id: string, patch: Parameters<typeof actions.updateMeasure>[1]) =>
      ownIds.has(id) ? handle?.update(id, patch) : actions.updateMeasure(id, patch),
    [actions, handle, ownIds],
  );
  const onText = useCallback((id: string, value: string) => onUpdate(id, { text: value }), [onUpdate]);
  const onDraft = useCallback(
    (id: string, draft: string | null) => touch(id, draft === null ? null : { text: draft }),
    [touch],
  );
  const onFocusCard = useCallback(
    (id: string | null) => {
      setFocusedId((previous) => {
        if (previous && previous !== id) release(previous);
        return id;
      });
      if (id) touch(id);
    },
    [touch, release],
  );
  const onOpen = useCallback((id: string) => setSelectedId((open) => (open === id ? null : id)), []);
  const onVote = useCallback(
    (id: string, delta: 1 | -1) => {
      if (selfId) actions.voteMeasure(id, selfId, delta);
    },
    [actions, selfId],
  );
  const { add: addPrivate } = writing;
  const onAdd = useCallback(
    (column: MeasureColumn, value: string) => {
      if (!privateWriting) actions.addMeasure({ text: value, column, author: selfId });
      else if (!addPrivate(column, value)) toast({ tone: 'error', message: text.privateNeedsMember });
    },
    [actions, selfId, privateWriting, addPrivate, toast, text],
  );
  const onRemove = (card: Measure) => {
    setSelectedId(null);
    if (ownIds.has(card.id)) {
      handle?.remove(card.id);
      toast({ message: text.removed(card.text.trim() || text.untitled) });
      return;
    }
    deletedByMe(card.id);
    actions.removeMeasure(card.id);
    const { id, flags: _flags, ...fields } = card;
    toast({
      message: text.removed(card.text.trim() || text.untitled),
      action: { label: text.undo, run: () => actions.addMeasure(fields, { id }) },
    });
  };
  const active = dnd.activeId ? measures.find((card) => card.id === dnd.activeId) : undefined;
  const used = votesUsedBy(measures, selfId);

  return (
    <section className="measures-section" aria-labelledby="section-heading">
      <SectionHeader title={text.title} intro={text.intro(meta.planYear)}>
        {role.canEdit && selfId && (
          <p className="muted" data-testid="measures-votes-left">
            {text.votesLeft(Math.max(0, session.measureVoteLimit - used), session.measureVoteLimit)}
          </p>
        )}
      </SectionHeader>
      {role.isFacilitator && <MeasuresToolbar session={session} waiting={writing.waiting} reveal={writing.reveal} />}
      {!role.isFacilitator && writing.waiting > 0 && (
        <p className="muted" data-testid="measures-hidden-count">
          {text.hiddenCount(writing.waiting)}
        </p>
      )}
      {privateWriting && role.canEdit && !handle && (
        <p className="notice" role="status" data-testid="measures-private-needs-member">
          {text.privateNeedsMember}
        </p>
      )}
      {writing.refusal && (
        <p className="notice notice-error" role="alert" data-testid="measures-private-refused">
          {text.privateRefused(writing.refusal.reason)}
        </p>
      )}
      {!role.canEdit && <p className="muted">{text.readOnly}</p>}
      <div className={`panel-layout${selected ? ' has-panel' : ''}`}>
        <MeasuresBoard
          boardRef={boardRef}
          dnd={dnd}
          activeText={active ? active.text.trim() : null}
          lockedColumns={session.lockedColumns}
          mayChange={mayChange}
          canVote={role.canEdit && selfId !== ''}
          selfId={selfId}
          selectedId={selectedId}
          peers={peers}
          openThreads={openThreads}
          privateCards={own}
          onAdd={onAdd}
          onText={onText}
          onDraft={onDraft}
          onFocusCard={onFocusCard}
          onOpen={onOpen}
          onVote={onVote}
        />
        {selected && (
          <MeasureDetails
            card={selected}
            isPrivate={ownIds.has(selected.id)}
            onUpdate={onUpdate}
            editable={mayChange(selected.column)}
            onClose={() => setSelectedId(null)}
            onRemove={onRemove}
          />
        )}
      </div>
    </section>
  );
}
