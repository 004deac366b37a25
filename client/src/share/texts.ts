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
    readOnly: 'You are viewing this board: changes you make are not saved.',
    commentOnly: 'You can comment on this board; other changes are not saved.',
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
    readOnly: 'Estás viendo este tablero: los cambios que hagas no se guardan.',
    commentOnly: 'Puedes comentar en este tablero; otros cambios no se guardan.',
  },
);
