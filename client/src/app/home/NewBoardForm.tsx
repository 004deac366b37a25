import { type FormEvent, useId, useState } from 'react';
import { ApiError, createBoard } from '../../api/boards.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormatFields } from '../../panels/board-format/FormatFields.tsx';
import { defaultLocale } from '../../panels/board-format/formatChoices.ts';
import { useFormatDraft } from '../../panels/board-format/useFormatDraft.ts';
import { boardPath, navigate } from '../../router/router.ts';

/** Creates a board on the server (which writes the template) and opens it. */
export function NewBoardForm() {
  const { t } = useI18n();
  const id = useId();
  const lastYear = new Date().getFullYear() - 1;
  const [title, setTitle] = useState('');
  const [shop, setShop] = useState('');
  const [reviewedYear, setReviewedYear] = useState(String(lastYear));
  const format = useFormatDraft(defaultLocale(), 'CNY');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const formatValid = format.validate();
    if (!title.trim()) {
      setError(t.home.titleRequired);
      return;
    }
    if (!formatValid) return;
    setBusy(true);
    setError(null);
    try {
      const created = await createBoard({
        title: title.trim(),
        shop: shop.trim(),
        reviewedYear: Number(reviewedYear),
        currency: format.currency,
        locale: format.locale,
      });
      navigate(boardPath(created.id));
    } catch (reason) {
      setBusy(false);
      setError(
        reason instanceof ApiError && reason.kind === 'network' ? t.app.unreachable : String((reason as Error).message),
      );
    }
  };

  return (
    <form className="panel new-board" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>{t.home.newBoard}</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t.home.boardTitle}</label>
        <input
          id={`${id}-title`}
          data-testid="new-board-title"
          value={title}
          maxLength={200}
          placeholder={t.home.boardTitlePlaceholder(lastYear)}
          onChange={(event) => setTitle(event.target.value)}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-shop`}>{t.home.shop}</label>
        <input
          id={`${id}-shop`}
          value={shop}
          maxLength={500}
          placeholder={t.home.shopPlaceholder}
          onChange={(event) => setShop(event.target.value)}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t.home.reviewedYear}</label>
          <input
            id={`${id}-year`}
            type="number"
            min={1990}
            max={2200}
            value={reviewedYear}
            onChange={(event) => setReviewedYear(event.target.value)}
            required
          />
        </div>
      </div>
      <FormatFields {...format.fieldProps} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" data-testid="new-board-submit" disabled={busy}>
        {busy ? t.home.creating : t.home.create}
      </button>
    </form>
  );
}
