import { ROLES, type Role } from '@balanza/model';
import { type FormEvent, useCallback, useId, useState } from 'react';
import { shareUrl } from '../api/boards.ts';
import { inviteMember, listMembers, type Member, revokeMember, updateMember } from '../api/members.ts';
import { useBoardId } from '../board/BoardContext.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useIdentity } from '../identity/identity.ts';
import { useShareText } from '../panels/share/texts.ts';
import { useRemoteList } from '../ui/useRemoteList.ts';
import { membersRead } from './memberNames.ts';
import { useMembersText } from './texts.ts';

/** How long ago, in the UI language ("3 days ago"). */
function ago(time: number, language: string): string {
  const minutes = Math.round((time - Date.now()) / 60_000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  if (Math.abs(minutes) < 60 * 24) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / (60 * 24)), 'day');
}

/**
 * The facilitator's member list ([MEMBER-1]): invite a person by name with a role (their personal link is
 * then shown to copy), change a member's role, revoke a member. Revoked members stay listed, greyed.
 */
export function MembersPanel() {
  const boardId = useBoardId();
  const text = useMembersText();
  const share = useShareText();
  const { language } = useI18n();
  const me = useIdentity();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [invited, setInvited] = useState<{ name: string; token: string } | null>(null);
  const ids = useId();
  const load = useCallback(async () => {
    const members = await listMembers(boardId);
    membersRead(boardId, members);
    return members;
  }, [boardId]);
  const { items: members, error, run } = useRemoteList<Member>(load, text.failed);

  const invite = (event: FormEvent) => {
    event.preventDefault();
    const person = name.trim();
    if (!person) return;
    void run(async () => {
      const made = await inviteMember(boardId, { name: person, role });
      setInvited({ name: made.member.name, token: made.token });
      setName('');
    });
  };

  return (
    <section className="members-panel" aria-labelledby={`${ids}-title`} data-testid="members-panel">
      <h3 id={`${ids}-title`}>{text.title}</h3>
      <p className="muted small">{text.intro}</p>
      <form className="member-invite" onSubmit={invite}>
        <label htmlFor={`${ids}-name`}>{text.name}</label>
        <input
          id={`${ids}-name`}
          data-testid="member-invite-name"
          value={name}
          maxLength={40}
          placeholder={text.namePlaceholder}
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor={`${ids}-role`}>{text.role}</label>
        <select id={`${ids}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {share.roles[option]}
            </option>
          ))}
        </select>
        <button type="submit" className="button" data-testid="member-invite" disabled={!name.trim()}>
          {text.invite}
        </button>
      </form>
      {invited && (
        <p className="member-invited">
          <input
            className="share-link-url"
            readOnly
            data-testid="member-invite-link"
            aria-label={text.inviteLink(invited.name)}
            value={shareUrl(boardId, invited.token)}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {members !== null && members.length === 0 && <p className="muted">{text.none}</p>}
      <ul className="member-list">
        {(members ?? []).map((member) => (
          <li key={member.id} data-testid="member" data-revoked={member.revokedAt !== null}>
            <span className="comment-dot" style={{ background: member.color }} aria-hidden="true" />
            <span className="member-name">
              {member.name}
              {member.id === me?.id && ` (${text.you})`}
            </span>
            <span className="muted small">
              {member.lastSeenAt === null ? text.neverSeen : text.lastSeen(ago(member.lastSeenAt, language))}
              {member.via && ` · ${text.joinedVia}`}
            </span>
            {member.revokedAt !== null ? (
              <span className="muted">{text.revoked}</span>
            ) : (
              member.id !== me?.id && (
                <>
                  <select
                    aria-label={text.changeRole(member.name)}
                    value={member.role}
                    onChange={(event) =>
                      run(() => updateMember(boardId, member.id, { role: event.target.value as Role }))
                    }
                  >
                    {ROLES.map((option) => (
                      <option key={option} value={option}>
                        {share.roles[option]}
                      </option>
                    ))}
                  </select>
                  <button type="button" className="button" onClick={() => run(() => revokeMember(boardId, member.id))}>
                    {text.revoke(member.name)}
                  </button>
                </>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
