import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { type Identity, MemberIdentityProvider, ProvisionalIdentityProvider } from '../../identity/identity.ts';
import { useMembership } from '../../members/membership.ts';

/**
 * Shows a board's page as the member this browser is there ([MEMBER-1]), once the server has said who
 * that is (a role link is joined first): `children` gets the member, or the person's own identity. A page
 * holding a role link it could not join yet (offline) writes as its provisional member and does not connect
 * under the link; once joined it opens again as the member, so what it wrote goes to the server as theirs
 * ([MEMBER-7]).
 *
 * @example <AsMember boardId={id} identity={identity}>{(me) => <ReportView boardId={id} identity={me} />}</AsMember>
 */
export function AsMember(props: {
  boardId: string;
  identity: Identity | null;
  children: (identity: Identity | null) => ReactNode;
}) {
  const { t } = useI18n();
  const { settled, member, provisional } = useMembership(props.boardId, props.identity);
  if (!settled)
    return (
      <p className="loading" role="status">
        {t.app.loading}
      </p>
    );
  return (
    <MemberIdentityProvider value={member}>
      <ProvisionalIdentityProvider value={provisional}>
        {/* Joined: a new mount, so the board connects with the member's token. */}
        <Fragment key={provisional ? 'joining' : 'joined'}>
          {props.children(member ?? provisional ?? props.identity)}
        </Fragment>
      </ProvisionalIdentityProvider>
    </MemberIdentityProvider>
  );
}
