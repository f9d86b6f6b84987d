// This month's patrol coverage per village, as horizontal bars (names stay readable).
import type { DashboardVillage } from '@domain'
import { Chart } from './Chart'
import { coverage } from './figures'
import { drawFont, palette } from '../../styles/theme'

export function CoverageChart({ villages }: { villages: DashboardVillage[] }) {
  // Lowest coverage at the top: the villages to chase.
  const rows = [...villages].sort((a, b) => coverage(b) - coverage(a))
  const option = {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v: number) => `${v}%` },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%', fontSize: drawFont.axis } },
    yAxis: { type: 'category', data: rows.map((v) => v.villageName), axisLabel: { fontSize: drawFont.category } },
    series: [
      {
        name: '本月巡查完成率',
        type: 'bar',
        data: rows.map((v) => ({ value: coverage(v), itemStyle: { color: coverage(v) >= 100 ? palette.ok : coverage(v) >= 60 ? palette.primary : palette.warn } })),
        barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: '{c}%', fontSize: drawFont.axis },
      },
    ],
  }
  return <Chart title="各村本月巡查完成率" option={option} height={Math.max(160, rows.length * 34 + 24)} testId="dash-coverage-chart" />
}
