import { areaTexts } from '../../i18n/area.ts';

/** Words of the Plan section's frame, targets and months, in English and Spanish. */
export const usePlanText = areaTexts(
  {
    title: (year: number) => `Plan ${year}`,
    intro: (year: number) =>
      `The targets of ${year}, suggested from last year and a growth rate; type a target to set it. Everyone sees the same plan live.`,
    reviewOnly: (reviewed: number, plan: number) =>
      `This board reviews ${reviewed}. The plan of ${plan} is made on a board of its own, started from this review: it carries the goals, the ledger, the campaign calendar and the measures.`,
    openNext: (year: number) => `Open the plan of ${year}`,
    startFromHeader: 'The facilitator starts it with the button in the header.',
    parts: 'Parts of the plan',
    growth: 'Growth for every goal',
    growthHelp: 'A goal with a growth of its own keeps it.',
    targets: 'Targets',
    scenarios: 'Scenarios',
    targetsIntro:
      'Each goal’s target for the year. A muted figure is a suggestion: last year moved by the growth, in the goal’s direction.',
    columns: {
      metric: 'Metric',
      lastYear: 'Last year',
      growth: 'Growth',
      suggested: 'Suggested',
      target: 'Target',
      source: 'From',
    },
    sources: { suggested: 'suggestion', set: 'set', months: 'months' },
    projection: 'The plan’s figures',
    totals: {
      turnover: 'Planned turnover',
      input: 'Planned input',
      profit: 'Operating profit',
      margin: 'Margin',
      roi: 'ROI',
    },
    lastYear: (value: string) => `Last year ${value}`,
    untitled: 'untitled',
    empty: 'No goals on this board yet.',
    months: {
      title: 'Targets by month',
      intro:
        'Each money and count target split into months. Type a month to fix it (the year becomes the sum of the months); type a year total to rescale the months.',
      profile: 'Last year’s seasonality',
      profileFrom: {
        ledger: 'From last year’s monthly turnover lines.',
        campaigns: 'From last year’s campaign GMV, by the month each campaign ended.',
        flat: 'Flat: last year has no monthly figures. Add monthly turnover lines in Input & output to follow the season.',
      },
      year: 'Year',
      quarter: (quarter: number) => `Q${quarter}`,
      derived: 'split from the year total',
      notSplit: 'Rates and scores are not split into months: their target holds for the whole year.',
      empty: 'No money or count goal to split into months.',
    },
  },
  {
    title: (year: number) => `Plan ${year}`,
    intro: (year: number) =>
      `Los objetivos de ${year}, sugeridos a partir del año pasado y una tasa de crecimiento; escribe un objetivo para fijarlo. Todos ven el mismo plan en directo.`,
    reviewOnly: (reviewed: number, plan: number) =>
      `Este tablero revisa ${reviewed}. El plan de ${plan} se hace en un tablero propio, creado a partir de esta revisión: lleva los objetivos, la cuenta, el calendario de campañas y las medidas.`,
    openNext: (year: number) => `Abrir el plan de ${year}`,
    startFromHeader: 'Quien facilita lo crea con el botón de la cabecera.',
    parts: 'Partes del plan',
    growth: 'Crecimiento de todos los objetivos',
    growthHelp: 'Un objetivo con crecimiento propio lo conserva.',
    targets: 'Objetivos',
    scenarios: 'Escenarios',
    targetsIntro:
      'El objetivo de cada meta para el año. Una cifra atenuada es una sugerencia: el año pasado movido por el crecimiento, en la dirección de la meta.',
    columns: {
      metric: 'Métrica',
      lastYear: 'Año pasado',
      growth: 'Crecimiento',
      suggested: 'Sugerido',
      target: 'Objetivo',
      source: 'Origen',
    },
    sources: { suggested: 'sugerencia', set: 'fijado', months: 'meses' },
    projection: 'Las cifras del plan',
    totals: {
      turnover: 'Facturación prevista',
      input: 'Entrada prevista',
      profit: 'Beneficio operativo',
      margin: 'Margen',
      roi: 'ROI',
    },
    lastYear: (value: string) => `Año pasado ${value}`,
    untitled: 'sin título',
    empty: 'Aún no hay objetivos en este tablero.',
    months: {
      title: 'Objetivos por mes',
      intro:
        'Cada objetivo de dinero o de cantidad repartido en meses. Escribe un mes para fijarlo (el año pasa a ser la suma de los meses); escribe el total del año para reescalar los meses.',
      profile: 'Estacionalidad del año pasado',
      profileFrom: {
        ledger: 'A partir de las líneas mensuales de facturación del año pasado.',
        campaigns: 'A partir del GMV de las campañas del año pasado, según el mes en que terminó cada una.',
        flat: 'Plana: el año pasado no tiene cifras mensuales. Añade líneas mensuales de facturación en Entradas y salidas para seguir la temporada.',
      },
      year: 'Año',
      quarter: (quarter: number) => `T${quarter}`,
      derived: 'repartido del total del año',
      notSplit: 'Las tasas y puntuaciones no se reparten en meses: su objetivo vale para todo el año.',
      empty: 'No hay objetivos de dinero o de cantidad que repartir en meses.',
    },
  },
);
