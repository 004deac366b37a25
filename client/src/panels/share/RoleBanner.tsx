import { abilitiesOf } from '@balanza/model';
import { useAbilities } from '../../board/BoardContext.tsx';
import { LockIcon } from '../../ui/icons.tsx';
import { useShareText } from './texts.ts';

/** A one-line notice for viewers and commenters: what they may change here. Nothing for editors up. */
export function RoleBanner() {
  const text = useShareText();
  const { role } = useAbilities();
  // The role's own abilities, not the lock's: the lock has its own notice.
  const { canEdit, canComment } = abilitiesOf(role);
  if (canEdit) return null;
  return (
    <div className="role-banner" role="status" data-testid="role-banner" data-role={role}>
      <LockIcon />
      <span>{canComment ? text.commentOnly : text.readOnly}</span>
    </div>
  );
}
