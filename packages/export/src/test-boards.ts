// Boards for this package's tests (not exported from index.ts): random ones built through the model's
// mutations, and one full of hostile text.
import {
  addEvent,
  addGoal,
  addLane,
  addLedgerLine,
  addMeasure,
  addOutcome,
  addReply,
  addScenario,
  addThread,
  deleteMessage,
  getNote,
  initBoard,
  type NoteDataNode,
  noteFromData,
  sectionNoteKey,
  setBoardGrowth,
  setEventBudget,
  setLineBudget,
  setScenarioAssumption,
  setThreadResolved,
  updateSession,
  voteMeasure,
} from '@balanza/model';
import fc from 'fast-check';
import * as Y from 'yjs';

/** Text a person may type, hostile text included: markup, formulas, accents and Chinese. */
export const HOSTILE = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=cmd',
  '\r=1',
  '[click](javascript:alert(1))',
  '![pixel](http://evil.example/p.png)',
  '# not a heading',
  'Señales, ñandú y café',
  '年度复盘：双十一',
  'a | b ` c * d _ e & f',
  'line one\nline two',
] as const;

const words = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 24 }));
const figure = fc.option(
  fc.oneof(
    fc.integer({ min: -1_000_000, max: 10_000_000 }),
    fc.double({ min: -1e6, max: 1e7, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  ),
  { nil: null },
);
const day = fc.integer({ min: 0, max: 360 });
const iso = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);

const textRun = fc.record({
  insert: fc.string({ minLength: 1, maxLength: 20 }),
  attributes: fc.option(fc.constantFrom({ bold: true }, { italic: true }, { link: { href: 'https://example.com' } }), {
    nil: undefined,
  }),
});
const paragraph = fc.array(textRun, { minLength: 1, maxLength: 3 }).map(
  (runs): NoteDataNode => ({
    element: 'paragraph',
    children: [{ text: runs.map((run) => (run.attributes ? run : { insert: run.insert })) }],
  }),
);
const noteNodes = fc.array(
  fc.oneof(
    paragraph,
    fc.constant<NoteDataNode>({
      element: 'heading',
      attrs: { level: 2 },
      children: [{ text: [{ insert: 'Heading' }] }],
    }),
    fc.constant<NoteDataNode>({
      element: 'paragraph',
      children: [{ element: 'mention', attrs: { id: 'p1', label: 'Ana' }, children: [] }],
    }),
  ),
  { maxLength: 4 },
);

export const boardPlan = fc.record({
  title: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1, maxLength: 40 })),
  currency: fc.constantFrom('CNY', 'EUR', 'USD', 'JPY'),
  locale: fc.constantFrom('en', 'es', 'zh-CN', 'es-MX'),
  goals: fc.array(fc.record({ label: words, target: figure, actual: figure, cause: words, money: fc.boolean() }), {
    maxLength: 6,
  }),
  ledger: fc.array(
    fc.record({ label: words, amount: figure, lastYear: figure, output: fc.boolean(), budget: figure }),
    {
      maxLength: 6,
    },
  ),
  outcomes: fc.array(fc.record({ label: words, before: figure, after: figure }), { maxLength: 3 }),
  events: fc.array(
    fc.record({ title: words, start: day, length: fc.integer({ min: 0, max: 4 }), gmv: figure, spend: figure }),
    {
      maxLength: 6,
    },
  ),
  measures: fc.array(
    fc.record({
      text: words,
      column: fc.constantFrom('keep', 'change', 'add' as const),
      votes: fc.nat(2),
      hidden: fc.boolean(),
    }),
    {
      maxLength: 6,
    },
  ),
  comments: fc.array(
    fc.record({ text: words, reply: fc.option(words, { nil: null }), resolved: fc.boolean(), deleted: fc.boolean() }),
    {
      maxLength: 4,
    },
  ),
  notes: fc.array(noteNodes, { minLength: 5, maxLength: 5 }),
  growth: fc.double({ min: -0.5, max: 2, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  scenario: fc.option(
    fc.string({ minLength: 1, maxLength: 20 }).filter((name) => name.trim().length > 0),
    { nil: null },
  ),
  locked: fc.boolean(),
});
export type BoardPlan = typeof boardPlan extends fc.Arbitrary<infer T> ? T : never;

const author = (n: number) => ({ author: `Person ${n}`, authorId: `p${n}`, color: '#336699' });

/** A board made from a plan through the model's mutations, as people would make it. */
export function buildBoard(plan: BoardPlan): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: plan.title, reviewedYear: 2026, currency: plan.currency, locale: plan.locale }, 1_000);
  const goalIds = plan.goals.map((g) =>
    addGoal(doc, {
      label: g.label,
      target: g.target,
      actual: g.actual,
      subjectiveCause: g.cause,
      unit: g.money ? 'money' : 'count',
    }),
  );
  for (const l of plan.ledger) {
    const id = addLedgerLine(doc, {
      label: l.label,
      amount: l.amount,
      lastYear: l.lastYear,
      side: l.output ? 'output' : 'input',
    });
    if (!l.output && l.budget !== null && l.budget >= 0) setLineBudget(doc, id, l.budget);
  }
  for (const o of plan.outcomes) addOutcome(doc, { label: o.label, before: o.before, after: o.after });
  const lane = addLane(doc, { label: 'Lane', kind: 'custom' });
  const eventIds = plan.events.map((e) => {
    const id = addEvent(doc, {
      laneId: lane,
      title: e.title,
      start: iso(e.start),
      end: iso(e.start + e.length),
      actualGmv: e.gmv,
      spend: e.spend,
    });
    if (e.spend !== null && e.spend >= 0) setEventBudget(doc, id, e.spend);
    return id;
  });
  plan.measures.forEach((m, n) => {
    const id = addMeasure(doc, {
      text: m.text,
      column: m.column,
      hidden: m.hidden,
      goalIds: goalIds.slice(0, 1),
      eventIds: eventIds.slice(0, 1),
    });
    for (let vote = 0; vote < m.votes; vote++) voteMeasure(doc, id, `voter${n}`, 1);
  });
  plan.comments.forEach((c, n) => {
    const thread = addThread(
      doc,
      { targetKind: 'section', targetId: 'goals', text: c.text.trim() || 'x', ...author(n) },
      2_000 + n,
    );
    if (c.reply?.trim()) addReply(doc, thread, { text: c.reply, ...author(n + 1) }, 3_000 + n);
    if (c.resolved) setThreadResolved(doc, thread, true);
    if (c.deleted) {
      const first = doc.getMap('comments').get(thread) as Y.Map<Y.Map<unknown>>;
      const messageId = [...(first.get('messages') as Y.Map<unknown>).keys()][0] as string;
      deleteMessage(doc, thread, messageId, `p${n}`);
    }
  });
  (['summary', 'goals', 'ledger', 'timeline', 'measures'] as const).forEach((section, n) => {
    const note = getNote(doc, sectionNoteKey(section));
    doc.transact(() => note?.insert(0, noteFromData(plan.notes[n] ?? [])));
  });
  setBoardGrowth(doc, plan.growth);
  if (plan.scenario) {
    const id = addScenario(doc, plan.scenario);
    setScenarioAssumption(doc, id, { kind: 'roas', value: 3 });
  }
  updateSession(doc, { locked: plan.locked, phase: 'discuss' });
  return doc;
}

/** A board whose every text field a person fills holds hostile text, with figures that test formats. */
export function hostileBoard(): Y.Doc {
  return buildBoard({
    title: '<script>alert(1)</script> =1+1 年度复盘',
    currency: 'EUR',
    locale: 'es',
    goals: HOSTILE.map((label, n) => ({
      label,
      target: 1000 * (n + 1),
      actual: n === 0 ? 0 : -500 * n,
      cause: HOSTILE[(n + 3) % HOSTILE.length] as string,
      money: n % 2 === 0,
    })),
    ledger: HOSTILE.map((label, n) => ({ label, amount: 100.5 * n, lastYear: 90, output: n === 0, budget: 10 })),
    outcomes: [{ label: '=1+2', before: 1, after: 2 }],
    events: HOSTILE.map((title, n) => ({ title, start: n * 10, length: 2, gmv: 2000, spend: 500 })),
    measures: HOSTILE.map((text, n) => ({
      text,
      column: (['keep', 'change', 'add'] as const)[n % 3] as 'keep',
      votes: 0,
      hidden: false,
    })),
    comments: HOSTILE.map((text) => ({ text, reply: '@everyone <b>bold</b>', resolved: false, deleted: false })),
    notes: HOSTILE.slice(0, 5).map((insert) => [{ element: 'paragraph', children: [{ text: [{ insert }] }] }]),
    growth: 0.1,
    scenario: null,
    locked: false,
  });
}
