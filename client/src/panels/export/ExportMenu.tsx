import { useEffect, useId, useRef, useState } from 'react';
import { useBoardPart, useLiveBoard } from '../../board/BoardContext.tsx';
import { buildExport, EXPORT_FORMATS, type ExportFormat, liveSource, saveFile } from './buildExport.ts';
import { useExportText } from './texts.ts';

/**
 * The board top bar's Export button: a small panel of the four formats, each built in the page from the live
 * board and downloaded ([EXPORT-9]). Every role may export what it can read. Escape or a click outside closes it.
 */
export function ExportMenu() {
  const text = useExportText();
  const board = useLiveBoard();
  const loaded = useBoardPart((snapshot) => snapshot.meta) !== null;
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLFieldSetElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!panel.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const exportAs = async (format: ExportFormat) => {
    const store = board.store;
    if (!store) return;
    setState({ kind: 'working' });
    try {
      const { name, blob } = await buildExport(format, liveSource(store.getSnapshot(), board.noteData));
      saveFile(name, blob);
      setState({ kind: 'idle' });
      close();
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const labels: Record<ExportFormat, string> = {
    markdown: text.markdown,
    csv: text.csv,
    xlsx: text.xlsx,
    json: text.json,
  };

  return (
    <span className="export-menu">
      <button
        ref={button}
        type="button"
        className="button"
        data-testid="export-open"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        title={text.title}
        disabled={!loaded}
        onClick={() => setOpen(!open)}
      >
        {text.open}
      </button>
      {open && (
        <fieldset
          ref={panel}
          id={`${id}-panel`}
          className="export-panel"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <legend className="visually-hidden">{text.menu}</legend>
          {EXPORT_FORMATS.map((format, index) => (
            <button
              key={format}
              type="button"
              className="export-option"
              data-testid={`export-${format}`}
              // biome-ignore lint/a11y/noAutofocus: the panel opens from its button; focus goes to its first choice.
              autoFocus={index === 0}
              disabled={state.kind === 'working'}
              onClick={() => void exportAs(format)}
            >
              <span>{labels[format]}</span>
              {format === 'json' && <span className="export-hint">{text.jsonHint}</span>}
            </button>
          ))}
          {state.kind === 'working' && (
            <p className="export-status" role="status">
              {text.working}
            </p>
          )}
          {state.kind === 'failed' && (
            <p className="field-error" role="alert">
              {text.failed(state.message)}
            </p>
          )}
        </fieldset>
      )}
    </span>
  );
}
