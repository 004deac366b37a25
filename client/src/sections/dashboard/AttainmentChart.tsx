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
import { ChartPatterns, FILLS } from './ChartPatterns.tsx';
import { useDashboardTexts } from './texts.ts';

const MARK = { hit: '✓', missed: '✗', unfilled: '—' } as const;

/** One bar per goal: attainment in %, a dashed line at the threshold; the label carries ✓/✗ and the value. */
export function AttainmentChart({ goals, threshold }: { goals: GoalMetrics[]; threshold: number }) {
  const numbers = useNumbers();
  const text = useDashboardTexts();
  const data = goals.map((goal) => ({
    id: goal.id,
    name: goal.label || '—',
    value: goal.attainment.ok ? Math.max(0, goal.attainment.value) : 0,
    status: goal.status,
    label: `${MARK[goal.status]} ${goal.attainment.ok ? numbers.ratio(goal.attainment.value) : text.notFilled}`,
  }));
  // Round the axis up to a quarter so ticks read 0 %, 25 %, 50 %…
  const top = Math.ceil(Math.max(threshold * 1.1, 1.25, ...data.map((d) => d.value)) * 4) / 4;
  const step = top > 3 ? Math.ceil(top / 6 / 0.25) * 0.25 : 0.25;
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
  return (
    <figure className="chart" data-testid="attainment-chart">
      <figcaption className="muted">{text.attainmentHelp(numbers.ratio(threshold))}</figcaption>
      <ResponsiveContainer width="100%" height={Math.max(120, data.length * 34 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 22, right: 96, bottom: 8, left: 8 }}>
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
            {data.map((d) => (
              <Cell
                key={d.id}
                fill={d.status === 'missed' ? FILLS.missed : d.status === 'hit' ? FILLS.hit : 'transparent'}
              />
            ))}
            <LabelList
              dataKey="label"
              position="right"
              content={(props) => (
                <text
                  x={Number(props.x ?? 0) + Number(props.width ?? 0) + 6}
                  y={Number(props.y ?? 0) + Number(props.height ?? 0) / 2}
                  dominantBaseline="central"
                  fontSize={12}
                  fill="var(--text)"
                  data-testid="attainment-label"
                >
                  {String(props.value ?? '')}
                </text>
              )}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
