import { LockIcon } from '../ui/icons.tsx';
import { useShareText } from './texts.ts';
import { useAbilities } from './useRole.ts';

/** A one-line notice for viewers and commenters: what they may change here. Nothing for editors up. */
export function RoleBanner() {
  const text = useShareText();
  const { role } = useAbilities();
  if (role !== 'viewer' && role !== 'commenter') return null;
  return (
    <div className="role-banner" role="status" data-testid="role-banner" data-role={role}>
      <LockIcon />
      <span>{role === 'viewer' ? text.readOnly : text.commentOnly}</span>
    </div>
  );
}
