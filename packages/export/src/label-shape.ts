/** The words of an export, in the board's language (its locale: es-* Spanish, zh-* Chinese, else English). */
export interface ExportLabels {
  sheets: {
    summary: string;
    goals: string;
    ledger: string;
    outcomes: string;
    events: string;
    measures: string;
    comments: string;
    notes: string;
    plan: string;
  };
  goal: {
    label: string;
    unit: string;
    direction: string;
    target: string;
    actual: string;
    lastYear: string;
    deviation: string;
    deviationPercent: string;
    attainment: string;
    status: string;
    subjectiveCause: string;
    objectiveCause: string;
    judgement: string;
  };
  ledger: {
    side: string;
    category: string;
    label: string;
    month: string;
    amount: string;
    lastYear: string;
    change: string;
    yearOverYear: string;
    share: string;
    budget: string;
  };
  outcome: { label: string; unit: string; before: string; after: string; change: string; changePercent: string };
  event: {
    lane: string;
    title: string;
    start: string;
    end: string;
    targetGmv: string;
    actualGmv: string;
    spend: string;
    attainment: string;
    roas: string;
    verdict: string;
    budget: string;
  };
  measure: {
    column: string;
    text: string;
    owner: string;
    due: string;
    votes: string;
    goals: string;
    events: string;
    status: string;
  };
  comment: {
    target: string;
    state: string;
    author: string;
    time: string;
    text: string;
    open: string;
    resolved: string;
    deleted: string;
    section: string;
  };
  note: { note: string; text: string; event: (title: string) => string };
  summary: {
    figure: string;
    value: string;
    goalsHit: string;
    goalsMissed: string;
    goalsUnfilled: string;
    totalInput: string;
    totalOutput: string;
    operatingProfit: string;
    operatingMargin: string;
    roi: string;
    campaignGmv: string;
    campaignSpend: string;
    campaignRoas: string;
    hitRate: string;
    growth: string;
    scenarios: string;
  };
  values: {
    side: Record<'input' | 'output', string>;
    direction: Record<'higher' | 'lower', string>;
    status: Record<'hit' | 'missed' | 'unfilled', string>;
    verdict: Record<'unjudged' | 'highlight' | 'shortfall' | 'neutral', string>;
    column: Record<'keep' | 'change' | 'add', string>;
    planStatus: Record<'not-started' | 'in-progress' | 'done', string>;
    unit: Record<'money' | 'count' | 'percent' | 'score', string>;
  };
  report: {
    reviewOf: (year: number, plan: number) => string;
    shop: string;
    currency: string;
    inputs: string;
    outputs: string;
    totals: string;
    blank: string;
    none: string;
    openThreads: string;
    resolvedThreads: string;
    reflection: string;
    onTarget: (kind: string, id: string) => string;
    planIntro: string;
  };
}
