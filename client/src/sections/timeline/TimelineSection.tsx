import type { TimelineEvent } from '@balanza/model';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useActions, useLiveBoard, useSnapshot } from '../../board/BoardContext.tsx';
import { useDeletedWhileEditing } from '../../board/cells/useDeletedWhileEditing.ts';
import { openCountsByTarget, targetKey } from '../../board/comments/threads.ts';
import { ImportButton } from '../../board/import/ImportButton.tsx';
import { ReflectionPanel } from '../../board/notes/ReflectionPanel.tsx';
import { SectionHeader } from '../../board/SectionHeader.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { CampaignSummary } from './CampaignSummary.tsx';
import { summarise } from './campaignFigures.ts';
import { EventPanel } from './EventPanel.tsx';
import { useDateFormats } from './format.ts';
import { TimelineAgenda } from './TimelineAgenda.tsx';
import { TimelineGrid } from './TimelineGrid.tsx';
import { TimelineToolbar } from './TimelineToolbar.tsx';
import { useTimelineText } from './texts.ts';
import { dayOf, isoOf, pageOfDay, today, windowOf, type Zoom } from './timeScale.ts';
import { useTimelineView } from './useTimelineView.ts';

/** The reviewed year as lanes of events: summary, zoomable axis, drag to move, a panel to edit. */
export function TimelineSection() {
  const snapshot = useSnapshot();
  const actions = useActions();
  const board = useLiveBoard();
  const text = useTimelineText();
  const toast = useToast();
  const { meta, lanes, events, comments } = snapshot;
  const dates = useDateFormats(meta.locale);
  const todayDay = today();
  const [zoom, setZoom] = useState<Zoom>('year');
  const [view, setView] = useTimelineView();
  const [page, setPage] = useState(0);
  const window = useMemo(() => windowOf(meta.reviewedYear, zoom, page), [meta.reviewedYear, zoom, page]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = events.find((event) => event.id === selectedId) ?? null;

  // Tell the others which event is open here; withdraw it when leaving the timeline.
  const { setFocus } = board;
  useEffect(() => {
    setFocus(selected ? { kind: 'event', id: selected.id } : null);
  }, [setFocus, selected?.id]);
  useEffect(() => () => setFocus(null), [setFocus]);

  // An event deleted by someone else while its panel is open here closes the panel and is offered back
  // ([LOST-1]). restoreItem, unlike addEvent, keeps the note the delete left in the document.
  const { touch, release, deletedByMe } = useDeletedWhileEditing(events, (event) => {
    setSelectedId((open) => (open === event.id ? null : open));
    toast({
      message: text.panel.deletedWhileOpen(event.title || text.untitled),
      duration: 30_000,
      action: {
        label: text.panel.restore,
        run: () => {
          if (actions.restoreItem('events', event)) setSelectedId(event.id);
        },
      },
    });
  });
  useEffect(() => {
    if (!selectedId) return;
    touch(selectedId);
    return () => release(selectedId);
  }, [selectedId, touch, release]);

  const peers = useMemo(() => {
    const byEvent = new Map<string, { colors: string; names: string }>();
    for (const peer of board.presence) {
      if (peer.isSelf || peer.focus?.kind !== 'event') continue;
      const current = byEvent.get(peer.focus.id);
      byEvent.set(peer.focus.id, {
        colors: current ? `${current.colors},${peer.user.color}` : peer.user.color,
        names: current ? `${current.names}, ${peer.user.name}` : peer.user.name,
      });
    }
    return byEvent;
  }, [board.presence]);
  const openThreads = useMemo(() => {
    const byTarget = openCountsByTarget(comments);
    return new Map(events.map((event) => [event.id, byTarget.get(targetKey('event', event.id)) ?? 0]));
  }, [comments, events]);
  const summary = useMemo(
    () => summarise(events, lanes, snapshot.ledger, meta.reviewedYear, meta.highlightThreshold),
    [events, lanes, snapshot.ledger, meta.reviewedYear, meta.highlightThreshold],
  );

  const onSelect = useCallback((id: string) => setSelectedId(id), []);
  const onCreate = useCallback(
    (laneId: string, start: string, end: string) => {
      const id = actions.addEvent({ laneId, title: text.newEvent, start, end });
      if (id) setSelectedId(id);
    },
    [actions, text.newEvent],
  );
  const onAddEvent = useCallback(
    (laneId: string) => {
      const inView = todayDay >= window.start && todayDay < window.end ? todayDay : window.start;
      onCreate(laneId, isoOf(inView), isoOf(inView));
    },
    [onCreate, todayDay, window],
  );
  const onMoveEvent = useCallback(
    (id: string, patch: Partial<TimelineEvent>) => actions.updateEvent(id, patch),
    [actions],
  );
  const onRenameLane = useCallback((id: string, label: string) => actions.updateLane(id, { label }), [actions]);
  const onMoveLane = useCallback((id: string, index: number) => actions.moveLane(id, index), [actions]);
  const onRemoveLane = useCallback((id: string) => actions.removeLane(id), [actions]);
  const onRemoveEvent = (event: TimelineEvent) => {
    setSelectedId(null);
    deletedByMe(event.id);
    actions.removeEvent(event.id);
    // restoreItem, not addEvent: addEvent would replace the note the delete kept by an empty one.
    toast({
      message: text.panel.removed(event.title || text.untitled),
      action: { label: text.panel.undo, run: () => actions.restoreItem('events', event) },
    });
  };
  const changeZoom = (next: Zoom) => {
    setZoom(next);
    const anchor = selected ? dayOf(selected.start) : todayDay;
    setPage(new Date(anchor * 86_400_000).getUTCFullYear() === meta.reviewedYear ? pageOfDay(next, anchor) : 0);
  };

  return (
    <section className="timeline-section" aria-labelledby="section-heading">
      <SectionHeader title={text.title} intro={text.intro(meta.reviewedYear)}>
        <div className="section-actions">
          <ImportButton target="events" />
          <button
            type="button"
            className="button edit-only"
            data-testid="add-lane"
            onClick={() => actions.addLane({ kind: 'custom', label: text.newLane })}
          >
            <PlusIcon />
            <span>{text.addLane}</span>
          </button>
        </div>
      </SectionHeader>
      <CampaignSummary summary={summary} onOpen={onSelect} />
      <TimelineToolbar
        window={window}
        onZoom={changeZoom}
        onPage={setPage}
        dates={dates}
        view={view}
        onView={setView}
      />
      <div className={`panel-layout${selected ? ' has-panel' : ''}`}>
        {lanes.length === 0 ? (
          <p className="empty-state">{text.emptyLanes}</p>
        ) : view === 'agenda' ? (
          <TimelineAgenda events={events} lanes={lanes} dates={dates} selectedId={selectedId} onSelect={onSelect} />
        ) : (
          <TimelineGrid
            lanes={lanes}
            events={events}
            window={window}
            todayDay={todayDay}
            selectedId={selectedId}
            peers={peers}
            openThreads={openThreads}
            dates={dates}
            onSelect={onSelect}
            onCreate={onCreate}
            onMoveEvent={onMoveEvent}
            onRenameLane={onRenameLane}
            onMoveLane={onMoveLane}
            onRemoveLane={onRemoveLane}
            onAddEvent={onAddEvent}
          />
        )}
        {selected && (
          <EventPanel
            event={selected}
            onClose={() => setSelectedId(null)}
            onRemove={onRemoveEvent}
            onDraft={(fields) => touch(selected.id, fields)}
          />
        )}
      </div>
      <ReflectionPanel section="timeline" />
    </section>
  );
}
