// 12 months of patrols done and hazard cases opened, as two lines.
import type { Dashboard } from '@domain'
import { Chart } from './Chart'
import { drawFont, palette } from '../../styles/theme'

const monthLabel = (m: string) => `${Number(m.slice(5))}月`

export function TrendChart({ trends }: { trends: Dashboard['trends'] }) {
  const option = {
    grid: { left: 40, right: 40, top: 48, bottom: 28, containLabel: false },
    tooltip: { trigger: 'axis', confine: true },
    legend: { top: 0, textStyle: { fontSize: drawFont.legend } },
    xAxis: { type: 'category', data: trends.map((t) => monthLabel(t.month)), axisLabel: { fontSize: drawFont.axis } },
    yAxis: [
      { type: 'value', name: '巡查', minInterval: 1, axisLabel: { fontSize: drawFont.axis }, nameTextStyle: { fontSize: drawFont.axis } },
      { type: 'value', name: '隐患', minInterval: 1, axisLabel: { fontSize: drawFont.axis }, nameTextStyle: { fontSize: drawFont.axis }, splitLine: { show: false } },
    ],
    series: [
      { name: '巡查房屋（栋）', type: 'line', data: trends.map((t) => t.patrolled), symbolSize: 6, itemStyle: { color: palette.primary } },
      { name: '新发现隐患（件）', type: 'line', yAxisIndex: 1, data: trends.map((t) => t.casesOpened), symbolSize: 6, itemStyle: { color: palette.warn } },
    ],
  }
  return <Chart title="近 12 个月巡查和隐患" option={option} height={260} testId="dash-trend-chart" />
}
