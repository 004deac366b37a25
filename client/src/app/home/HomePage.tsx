import { useI18n } from '../../i18n/index.tsx';
import { useOfflineText } from '../../offline/texts.ts';
import { LanguagePicker } from '../../ui/LanguagePicker.tsx';
import { IdentityButton } from '../identity/IdentityButton.tsx';
import { BoardList } from './BoardList.tsx';
import { ImportBoard } from './ImportBoard.tsx';
import { NewBoardForm } from './NewBoardForm.tsx';
import { useBoardList } from './useBoardList.ts';

/** The list of boards and the form that creates one. */
export function HomePage({ onEditIdentity }: { onEditIdentity: () => void }) {
  const { t } = useI18n();
  const list = useBoardList();
  const offline = useOfflineText();

  return (
    <div className="home">
      <header className="topbar">
        <span className="brand">{t.app.name}</span>
        <span className="spacer" />
        <LanguagePicker />
        <IdentityButton onEdit={onEditIdentity} />
      </header>
      <main className="home-main">
        <section className="home-boards" aria-labelledby="boards-heading">
          <h1 id="boards-heading">{t.home.title}</h1>
          <p className="muted">{t.home.subtitle}</p>
          {list.error && (list.error.kind !== 'network' || !list.fromCache) && (
            <div className="notice notice-error" role="alert">
              <span>{list.error.kind === 'network' ? t.app.unreachable : list.error.message}</span>
              <button type="button" className="button button-small" onClick={list.reload}>
                {t.app.retry}
              </button>
            </div>
          )}
          {list.fromCache && (
            <div className="notice" role="status">
              <span data-testid="home-offline-notice">{offline.deviceOnly}</span>
              <button type="button" className="button button-small" onClick={list.reload}>
                {t.app.retry}
              </button>
            </div>
          )}
          {list.boards && list.boards.length > 0 && (
            <BoardList boards={list.boards} onDevice={list.onDevice} onDeleted={list.drop} />
          )}
          {list.boards?.length === 0 && (
            <div className="empty-state">
              <h2>{t.home.emptyTitle}</h2>
              <p>{t.home.emptyBody}</p>
            </div>
          )}
        </section>
        <aside className="home-create">
          <NewBoardForm />
          <ImportBoard />
        </aside>
      </main>
    </div>
  );
}
