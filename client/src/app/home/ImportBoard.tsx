import { MAX_IMPORT_BYTES, parseBoardExport } from '@balanza/export';
import { type ChangeEvent, useId, useState } from 'react';
import { ApiError } from '../../api/boards.ts';
import { importBoard } from '../../api/importBoard.ts';
import { useI18n } from '../../i18n/index.tsx';
import { boardPath, navigate } from '../../router/router.ts';
import { useImportText } from './importTexts.ts';

/**
 * Imports a board export picked from this device as a new board and opens it ([EXPORT-6]). The file is checked
 * here first (size, JSON, the export's schema) so a wrong file is named at once; the server checks it again.
 */
export function ImportBoard() {
  const { t } = useI18n();
  const text = useImportText();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new Error(text.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024));
      let value: unknown;
      try {
        value = JSON.parse(await file.text());
      } catch {
        throw new Error(text.notJson);
      }
      const parsed = parseBoardExport(value);
      if (!parsed.ok) throw new Error(text.failed(parsed.message));
      setBusy(true);
      const created = await importBoard(parsed.value);
      navigate(boardPath(created.id));
    } catch (reason) {
      setBusy(false);
      setError(
        reason instanceof ApiError
          ? reason.kind === 'network'
            ? t.app.unreachable
            : text.failed(reason.message)
          : (reason as Error).message,
      );
    } finally {
      // The same file can be picked again after a fix.
      input.value = '';
    }
  };

  return (
    <section className="panel import-board" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.title}</h2>
      <p className="muted">{text.intro}</p>
      <input
        id={`${id}-file`}
        className="visually-hidden import-board-file"
        type="file"
        accept=".json,application/json"
        data-testid="import-board-file"
        disabled={busy}
        onChange={(event) => void pick(event)}
      />
      <label className="button import-board-pick" htmlFor={`${id}-file`}>
        {busy ? text.working : text.choose}
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
