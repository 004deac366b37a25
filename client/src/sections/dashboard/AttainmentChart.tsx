import type { GoalMetrics } from '@balanza/metrics';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { useNumbers } from '../../board/BoardContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ChartFigure } from './ChartFigure.tsx';
import { ACTIVE_STROKE, ChartPatterns, FILLS } from './ChartPatterns.tsx';
import type { ChartData } from './chartData.ts';
import { useDashboardTexts } from './texts.ts';

const MARK = { hit: '✓', missed: '✗', unfilled: '—' } as const;

/**
 * One bar per goal: attainment in %, a dashed line at the threshold; the label carries ✓/✗ with the value
 * and the verdict's word (never colour alone, [A11Y-12]).
 */
export function AttainmentChart({
  goals,
  threshold,
  viewToggle,
}: {
  goals: GoalMetrics[];
  threshold: number;
  viewToggle?: boolean;
}) {
  const numbers = useNumbers();
  const text = useDashboardTexts();
  const { t } = useI18n();
  const rows = goals.map((goal) => ({
    id: goal.id,
    name: goal.label || '—',
    value: goal.attainment.ok ? Math.max(0, goal.attainment.value) : 0,
    status: goal.status,
    label: `${MARK[goal.status]} ${goal.attainment.ok ? numbers.ratio(goal.attainment.value) : text.notFilled}`,
    // The unfilled label says "not filled" already.
    word: goal.status === 'unfilled' ? '' : t.goals.status[goal.status],
  }));
  const data: ChartData<(typeof rows)[number]> = {
    rows,
    nameHeader: text.goal,
    columns: [
      { header: t.goals.columns.attainment, text: (row) => row.label },
      { header: text.status, text: (row) => t.goals.status[row.status] },
    ],
  };
  // Round the axis up to a quarter so ticks read 0 %, 25 %, 50 %…
  const top = Math.ceil(Math.max(threshold * 1.1, 1.25, ...rows.map((d) => d.value)) * 4) / 4;
  const step = top > 3 ? Math.ceil(top / 6 / 0.25) * 0.25 : 0.25;
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
  return (
    <ChartFigure
      chart="attainment"
      title={text.attainment}
      testId="attainment-chart"
      caption={text.attainmentHelp(numbers.ratio(threshold))}
      data={data}
      viewToggle={viewToggle}
    >
      {(active) => (
        <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 34 + 40)}>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 22, right: 150, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <ChartPatterns />
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis
              type="number"
              domain={[0, top]}
              ticks={ticks}
              tickFormatter={(value: number) => numbers.ratio(value)}
              tick={{ fontSize: 11 }}
            />
            <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} interval={0} />
            <ReferenceLine
              x={threshold}
              stroke="var(--text)"
              strokeDasharray="4 3"
              label={{ value: text.threshold(numbers.ratio(threshold)), position: 'top', fontSize: 11 }}
            />
            <Bar
              dataKey="value"
              isAnimationActive={false}
              barSize={18}
              minPointSize={3}
              stroke="var(--text-muted)"
              strokeWidth={0.5}
            >
              {rows.map((d) => (
                <Cell
                  key={d.id}
                  fill={d.status === 'missed' ? FILLS.missed : d.status === 'hit' ? FILLS.hit : 'transparent'}
                  {...(d.id === active ? ACTIVE_STROKE : {})}
                />
              ))}
              <LabelList
                dataKey="id"
                position="right"
                content={(props) => {
                  const row = rows.find((each) => each.id === props.value);
                  return (
                    <text
                      x={Number(props.x ?? 0) + Number(props.width ?? 0) + 6}
                      y={Number(props.y ?? 0) + Number(props.height ?? 0) / 2}
                      dominantBaseline="central"
                      fontSize={12}
                      fill="var(--text)"
                    >
                      <tspan data-testid="attainment-label">{row?.label}</tspan>
                      {row?.word && <tspan dx={5}>{row.word}</tspan>}
                    </text>
                  );
                }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}
