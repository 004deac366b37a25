import { areaTexts } from '../../i18n/area.ts';

/** Words of the Plan section, in English and Spanish. */
export const usePlanText = areaTexts(
  {
    title: (year: number) => `Plan ${year}`,
    intro: (year: number) =>
      `The targets of ${year}, suggested from last year and a growth rate; type a target to set it. Everyone sees the same plan live.`,
    reviewOnly: (reviewed: number, plan: number) =>
      `This board reviews ${reviewed}. The plan of ${plan} is made on a board of its own, started from this review: it carries the goals, the ledger, the campaign calendar and the measures.`,
    openNext: (year: number) => `Open the plan of ${year}`,
    startFromHeader: 'The facilitator starts it with the button in the header.',
    growth: 'Growth for every goal',
    growthHelp: 'A goal with a growth of its own keeps it.',
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
  },
  {
    title: (year: number) => `Plan ${year}`,
    intro: (year: number) =>
      `Los objetivos de ${year}, sugeridos a partir del año pasado y una tasa de crecimiento; escribe un objetivo para fijarlo. Todos ven el mismo plan en directo.`,
    reviewOnly: (reviewed: number, plan: number) =>
      `Este tablero revisa ${reviewed}. El plan de ${plan} se hace en un tablero propio, creado a partir de esta revisión: lleva los objetivos, la cuenta, el calendario de campañas y las medidas.`,
    openNext: (year: number) => `Abrir el plan de ${year}`,
    startFromHeader: 'Quien facilita lo crea con el botón de la cabecera.',
    growth: 'Crecimiento de todos los objetivos',
    growthHelp: 'Un objetivo con crecimiento propio lo conserva.',
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
  },
);
