import { IMPORT_TARGETS, type ImportTarget } from '@balanza/model';
import { useId, useState } from 'react';
import { useActions, useLiveBoard } from '../../board/BoardContext.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { fileProblemText, useImportProblemText } from './problemTexts.ts';
import { useImportText } from './texts.ts';
import { type ImportFileState, useImportFile } from './useImportFile.ts';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Import from a file ([IMPORT-1..5]): choose the table and the file, check which column fills which field,
 * read the preview (every change, every problem by row and column), then import: one step everyone sees
 * and anyone can undo. Nothing reaches the board before the button, and never with a problem left.
 */
export function ImportDialog({ target: initial, onClose }: { target: ImportTarget; onClose: () => void }) {
  const text = useImportText();
  const problemText = useImportProblemText();
  const actions = useActions();
  const board = useLiveBoard();
  const toast = useToast();
  const id = useId();
  const [target, setTarget] = useState<ImportTarget>(initial);
  const file = useImportFile(target);
  const { state, plan } = file;

  const blocked = !plan || plan.missingKey !== null || plan.problems.length > 0 || plan.rows.length === 0;
  const apply = () => {
    if (blocked) return;
    const applied = actions.importRows(
      plan.target,
      plan.rows.map((row) => row.change),
      plan.columns,
    );
    if (applied === undefined) return;
    onClose();
    toast({ message: text.applied(applied), action: { label: text.undo, run: board.history.undo } });
  };

  return (
    <ModalDialog
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="import-dialog"
      onCancel={onClose}
    >
      <div className="dialog-body">
        <h2 id={`${id}-title`}>{text.heading}</h2>
        <div className="import-choices">
          <label className="field">
            <span>{text.into}</span>
            <select
              value={target}
              data-testid="import-target"
              onChange={(event) => setTarget(event.target.value as ImportTarget)}
            >
              {IMPORT_TARGETS.map((name) => (
                <option key={name} value={name}>
                  {text.targets[name]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{text.file}</span>
            <input
              type="file"
              accept={ACCEPT}
              data-testid="import-file"
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                if (chosen) void file.chooseFile(chosen);
              }}
            />
          </label>
        </div>
        <FileStatus state={state} fileProblem={problemText} reading={text.reading} />
        {state.kind === 'read' && state.table.sheets.length > 1 && (
          <label className="field">
            <span>{text.sheet}</span>
            <select value={state.table.sheet ?? ''} onChange={(event) => file.chooseSheet(event.target.value)}>
              {state.table.sheets.map((sheet) => (
                <option key={sheet}>{sheet}</option>
              ))}
            </select>
          </label>
        )}
        {state.kind === 'read' && plan && (
          <>
            <ColumnChoices state={state} target={target} columns={file.columns} onMap={file.mapColumn} />
            {plan.ignored.length > 0 && <p className="muted">{text.ignored(plan.ignored.join(', '))}</p>}
            {plan.missingKey ? (
              <p role="alert" className="field-error">
                {text.missingKey(text.fields[plan.missingKey as keyof typeof text.fields])}
              </p>
            ) : (
              <ImportPreview plan={plan} />
            )}
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {text.cancel}
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="import-apply"
            disabled={blocked}
            onClick={apply}
          >
            {text.apply(plan?.rows.length ?? 0)}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}

function FileStatus({
  state,
  fileProblem,
  reading,
}: {
  state: ImportFileState;
  fileProblem: ReturnType<typeof useImportProblemText>;
  reading: string;
}) {
  if (state.kind === 'reading') return <p role="status">{reading}</p>;
  if (state.kind !== 'failed') return null;
  return (
    <p role="alert" className="field-error" data-testid="import-file-problem">
      {fileProblemText(fileProblem, state.problem)}
    </p>
  );
}

/** One select per field: which column of the file fills it, or none. */
function ColumnChoices({
  state,
  target,
  columns,
  onMap,
}: {
  state: Extract<ImportFileState, { kind: 'read' }>;
  target: ImportTarget;
  columns: Record<string, string>;
  onMap: (field: string, header: string | null) => void;
}) {
  const text = useImportText();
  return (
    <fieldset className="import-columns" data-testid="import-columns">
      <legend>{text.columns}</legend>
      <p className="muted">{text.columnsHint}</p>
      {state.library.IMPORT_FIELDS[target].map((field) => (
        <label key={field.name} className="import-column">
          <span>{text.fields[field.name as keyof typeof text.fields] ?? field.name}</span>
          <select
            value={columns[field.name] ?? ''}
            data-field={field.name}
            onChange={(event) => onMap(field.name, event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{text.notImported}</option>
            {state.table.headers.map((header) => (
              <option key={header} value={header}>
                {header}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
