import { useI18n } from '../i18n/index.tsx';
import type { ConnectionStatus } from '../sync/status.ts';

/** connected / connecting / offline, with "Synced" only once the server's copy has arrived. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const { t } = useI18n();
  const label =
    status.state === 'offline'
      ? t.connection.offline
      : status.state === 'connecting'
        ? t.connection.connecting
        : status.synced
          ? t.connection.synced
          : t.connection.syncing;
  const help = [
    status.state === 'offline' ? t.connection.offlineHelp : null,
    status.savedLocally ? t.connection.savedLocally : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <output
      className={`connection connection-${status.state}`}
      data-testid="connection-state"
      data-state={status.state}
      data-synced={status.synced ? 'true' : 'false'}
      title={help || undefined}
      aria-live="polite"
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{label}</span>
    </output>
  );
}
