import { areaTexts } from '../i18n/area.ts';

/** Words of the share dialog and the role banner, in English and Spanish. */
export const useShareText = areaTexts(
  {
    title: 'Share this board',
    intro: 'Anyone with a link gets its role. Revoke a link to stop it working on its next connection.',
    roles: { editor: 'Editor', commenter: 'Commenter', viewer: 'Viewer', facilitator: 'Facilitator' },
    create: (role: string) => `New ${role.toLowerCase()} link`,
    copy: 'Copy link',
    copied: 'Copied',
    revoke: 'Revoke',
    revoked: 'Revoked',
    none: 'No links yet.',
    close: 'Close',
    failed: (message: string) => `Could not change the links: ${message}`,
    readOnly: 'View only: you can read this board and see who is here, but not change it.',
    commentOnly: 'Comment only: you can add and answer comments; everything else is read-only.',
    share: 'Share',
    handOn: 'Facilitator links give full control (session, locks, links): use one to hand facilitation on.',
    refused: {
      'view-only': 'You are viewing this board: this change was not made.',
      'comment-only': 'You can only comment on this board: this change was not made.',
      'facilitator-only': 'Only the facilitator can change the session.',
    },
    deniedTitle: 'This link does not open the board',
    deniedBody: 'The link may have been revoked. Ask the board’s facilitator for a new one.',
  },
  {
    title: 'Compartir este tablero',
    intro: 'Quien tenga un enlace recibe su rol. Revoca un enlace para que deje de funcionar en su próxima conexión.',
    roles: { editor: 'Editor', commenter: 'Comentarista', viewer: 'Lector', facilitator: 'Facilitador' },
    create: (role: string) => `Nuevo enlace de ${role.toLowerCase()}`,
    copy: 'Copiar enlace',
    copied: 'Copiado',
    revoke: 'Revocar',
    revoked: 'Revocado',
    none: 'Aún no hay enlaces.',
    close: 'Cerrar',
    failed: (message: string) => `No se pudieron cambiar los enlaces: ${message}`,
    readOnly: 'Solo lectura: puedes leer este tablero y ver quién está, pero no cambiarlo.',
    commentOnly: 'Solo comentarios: puedes añadir y responder comentarios; lo demás es de solo lectura.',
    share: 'Compartir',
    handOn:
      'Los enlaces de facilitador dan control total (sesión, bloqueos, enlaces): úsalos para ceder la facilitación.',
    refused: {
      'view-only': 'Estás viendo este tablero: este cambio no se hizo.',
      'comment-only': 'Solo puedes comentar en este tablero: este cambio no se hizo.',
      'facilitator-only': 'Solo el facilitador puede cambiar la sesión.',
    },
    deniedTitle: 'Este enlace no abre el tablero',
    deniedBody: 'Puede que el enlace se haya revocado. Pide uno nuevo al facilitador del tablero.',
  },
);
