import { useI18n } from '../../i18n/index.tsx';
import { useIdentity } from '../../identity/identity.ts';
import { Avatar } from '../../ui/Avatar.tsx';

/** The current user's avatar; opens the name-and-colour dialog. */
export function IdentityButton({ onEdit }: { onEdit: () => void }) {
  const { t } = useI18n();
  const identity = useIdentity();
  if (!identity) return null;
  return (
    <button type="button" className="identity-button" onClick={onEdit} title={`${identity.name} — ${t.identity.edit}`}>
      <Avatar name={identity.name} color={identity.color} size={24} />
      <span className="identity-name">{identity.name}</span>
      {/* Named by what it shows, then what it does (an aria-label would hide the visible name). */}
      <span className="visually-hidden">{t.identity.edit}</span>
    </button>
  );
}
