import { areaTexts } from '../../i18n/area.ts';

/** Words of the links between a year's boards and of "start next year", in English and Spanish. */
export const useNextYearText = areaTexts(
  {
    previous: (year: number) => `Review ${year}`,
    previousTitle: (year: number) => `Open the board of ${year}, this plan’s review`,
    next: (year: number) => `Plan ${year}`,
    nextTitle: (year: number) => `Open the board of ${year}, made from this review`,
    start: (year: number) => `Start ${year}`,
    dialogTitle: (year: number) => `Start the plan of ${year}`,
    dialogIntro: (year: number) =>
      `Makes the board of ${year} from this review. Everyone on this board will see the link to it.`,
    carried: [
      'every goal, with this year’s actual as last year and a target suggested from a growth rate',
      'the ledger’s lines with this year’s amounts as last year, and a budget for each cost',
      'the campaign calendar rolled forward to next year’s dates, with this year’s GMV, spend and verdict',
      'the measures as plan items with their owner, a due quarter and a status',
    ],
    notCarried: 'Comments, votes, reflection notes and the session stay on this board.',
    confirm: 'Start next year',
    cancel: 'Cancel',
    working: 'Making the board…',
    alreadyMade: (year: number) => `The board of ${year} was made already.`,
    openMade: 'Open it',
    failed: (message: string) => `Could not start next year: ${message}`,
  },
  {
    previous: (year: number) => `Revisión ${year}`,
    previousTitle: (year: number) => `Abrir el tablero de ${year}, la revisión de este plan`,
    next: (year: number) => `Plan ${year}`,
    nextTitle: (year: number) => `Abrir el tablero de ${year}, hecho a partir de esta revisión`,
    start: (year: number) => `Empezar ${year}`,
    dialogTitle: (year: number) => `Empezar el plan de ${year}`,
    dialogIntro: (year: number) =>
      `Crea el tablero de ${year} a partir de esta revisión. Todos en este tablero verán el enlace.`,
    carried: [
      'cada objetivo, con el valor real de este año como año pasado y un objetivo sugerido por una tasa de crecimiento',
      'las líneas de la cuenta con los importes de este año como año pasado, y un presupuesto para cada coste',
      'el calendario de campañas llevado a las fechas del año próximo, con el GMV, el gasto y el veredicto de este año',
      'las medidas como acciones del plan con su responsable, un trimestre de entrega y un estado',
    ],
    notCarried: 'Los comentarios, los votos, las notas de reflexión y la sesión se quedan en este tablero.',
    confirm: 'Empezar el año próximo',
    cancel: 'Cancelar',
    working: 'Creando el tablero…',
    alreadyMade: (year: number) => `El tablero de ${year} ya existía.`,
    openMade: 'Abrirlo',
    failed: (message: string) => `No se pudo empezar el año próximo: ${message}`,
  },
);
