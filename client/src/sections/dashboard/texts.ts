import { areaTexts } from '../../i18n/area.ts';

/** Words of the dashboard. */
export const useDashboardTexts = areaTexts(
  {
    title: 'Dashboard',
    intro: (year: number) => `${year} at a glance: goals against targets, what the year cost and what moved. Live.`,
    attainment: 'Attainment per goal',
    attainmentHelp: (threshold: string) =>
      `Bars show attainment; the dashed line is the highlight threshold (${threshold}). ✓ hit, ✗ missed (hatched), — not filled.`,
    threshold: (value: string) => `Threshold ${value}`,
    notFilled: 'not filled',
    inputOutput: 'Input against output',
    inputOutputHelp: 'Last year hatched, this year solid.',
    thisYear: 'This year',
    lastYear: 'Last year',
    totalInput: 'Total input',
    turnover: 'Turnover',
    profit: 'Operating profit',
    costShares: 'Each cost as a share of turnover',
    costSharesEmpty: 'Fill the turnover and the costs to see their shares.',
    movers: 'Biggest movers against last year',
    campaigns: 'Campaigns',
    campaignsHitRate: 'Campaigns on target',
    roas: 'ROAS',
    goalsEmpty: 'No goals yet: add them in the Goals section.',
  },
  {
    title: 'Panel',
    intro: (year: number) =>
      `${year} de un vistazo: metas frente a objetivos, lo que costó el año y lo que cambió. En vivo.`,
    attainment: 'Cumplimiento por meta',
    attainmentHelp: (threshold: string) =>
      `Las barras muestran el cumplimiento; la línea discontinua es el umbral de punto fuerte (${threshold}). ✓ cumplida, ✗ no cumplida (rayada), — sin rellenar.`,
    threshold: (value: string) => `Umbral ${value}`,
    notFilled: 'sin rellenar',
    inputOutput: 'Entrada frente a salida',
    inputOutputHelp: 'Año pasado rayado, este año sólido.',
    thisYear: 'Este año',
    lastYear: 'Año pasado',
    totalInput: 'Entrada total',
    turnover: 'Facturación',
    profit: 'Beneficio operativo',
    costShares: 'Cada coste como parte de la facturación',
    costSharesEmpty: 'Rellene la facturación y los costes para ver su parte.',
    movers: 'Mayores cambios frente al año pasado',
    campaigns: 'Campañas',
    campaignsHitRate: 'Campañas en objetivo',
    roas: 'ROAS',
    goalsEmpty: 'Aún no hay metas: añádalas en la sección Metas.',
  },
);
