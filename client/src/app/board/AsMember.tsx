import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { type Identity, MemberIdentityProvider } from '../../identity/identity.ts';
import { useMembership } from '../../members/membership.ts';

/**
 * Shows a board's page as the member this browser is there ([MEMBER-1]), once the server has said who
 * that is (a role link is joined first): `children` gets the member, or the person's own identity.
 *
 * @example <AsMember boardId={id} identity={identity}>{(me) => <ReportView boardId={id} identity={me} />}</AsMember>
 */
export function AsMember(props: {
  boardId: string;
  identity: Identity | null;
  children: (identity: Identity | null) => ReactNode;
}) {
  const { t } = useI18n();
  const { settled, member } = useMembership(props.boardId, props.identity);
  if (!settled)
    return (
      <p className="loading" role="status">
        {t.app.loading}
      </p>
    );
  return <MemberIdentityProvider value={member}>{props.children(member ?? props.identity)}</MemberIdentityProvider>;
}
