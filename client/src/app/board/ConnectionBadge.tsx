import { useI18n } from '../../i18n/index.tsx';
import { useOfflineText } from '../../offline/texts.ts';
import type { ConnectionStatus } from '../../sync/status.ts';

/**
 * connected / connecting / offline, with "Synced" only once the server's copy has arrived and every
 * local change has left this device; otherwise how many changes are waiting ([OFFLINE-4]).
 */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const { t } = useI18n();
  const text = useOfflineText();
  const synced = status.state === 'connected' && status.synced && status.pending === 0;
  const label =
    status.state === 'offline'
      ? t.connection.offline
      : status.state === 'connecting'
        ? t.connection.connecting
        : synced
          ? t.connection.synced
          : t.connection.syncing;
  const help = [
    status.state === 'offline' ? t.connection.offlineHelp : null,
    status.pending > 0 ? text.waitingHelp : null,
    status.localSaveFailed ? text.notSavedLocallyHelp : status.savedLocally ? t.connection.savedLocally : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <output
      className={`connection connection-${status.state}${status.localSaveFailed ? ' connection-unsaved' : ''}`}
      data-testid="connection-state"
      data-state={status.state}
      data-synced={synced ? 'true' : 'false'}
      data-pending={status.pending}
      title={help || undefined}
      aria-live="polite"
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{label}</span>
      {status.pending > 0 && (
        <span className="connection-pending" data-testid="connection-pending">
          {text.waiting(status.pending)}
        </span>
      )}
      {status.localSaveFailed && (
        <span className="connection-unsaved-label" data-testid="connection-unsaved" role="alert">
          {text.notSavedLocally}
        </span>
      )}
    </output>
  );
}
