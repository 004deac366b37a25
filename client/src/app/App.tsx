import { useState } from 'react';
import { I18nProvider, useI18n } from '../i18n/index.tsx';
import { useIdentity } from '../identity/identity.ts';
import { Link } from '../router/Link.tsx';
import { useRoute } from '../router/router.ts';
import { ToastProvider } from '../ui/Toast.tsx';
import { BoardPage } from './board/BoardPage.tsx';
import { HomePage } from './home/HomePage.tsx';
import { IdentityDialog } from './identity/IdentityDialog.tsx';
import { ReportPage } from './report/ReportPage.tsx';

/** The app: routes to a page, and asks for a name once (a stored `balanza.identity` skips the dialog). */
export function App() {
  const route = useRoute();
  const identity = useIdentity();
  const [editingIdentity, setEditingIdentity] = useState(false);
  const editIdentity = () => setEditingIdentity(true);

  return (
    <I18nProvider>
      <ToastProvider>
        {route.page === 'home' && <HomePage onEditIdentity={editIdentity} />}
        {route.page === 'board' && (
          <BoardPage
            key={route.boardId}
            boardId={route.boardId}
            section={route.section}
            identity={identity}
            onEditIdentity={editIdentity}
          />
        )}
        {route.page === 'report' && <ReportPage key={route.boardId} boardId={route.boardId} identity={identity} />}
        {route.page === 'not-found' && <PageNotFound />}
        {(identity === null || editingIdentity) && (
          <IdentityDialog existing={identity} onClose={() => setEditingIdentity(false)} />
        )}
      </ToastProvider>
    </I18nProvider>
  );
}

function PageNotFound() {
  const { t } = useI18n();
  return (
    <main className="centered-message">
      <h1>{t.app.pageNotFoundTitle}</h1>
      <p className="muted">{t.app.pageNotFoundBody}</p>
      <Link href="/" className="button button-primary">
        {t.app.allBoards}
      </Link>
    </main>
  );
}
