// Words for the quarterly report: its phases and its figures, occupied danger first.
import type { QuarterlyReportView, QuarterlyTotals } from '@domain'
import { STREET_FIGURE_ROWS, type FigureRow } from '../../format/figure-rows'

export const PHASE_LABELS: Record<QuarterlyReportView['phase'], string> = {
  collecting: '正在汇总各村数据',
  writing: '正在生成表格',
  done: '已生成',
  failed: '生成失败',
}

export const TOTAL_ROWS: ReadonlyArray<FigureRow<keyof QuarterlyTotals>> = [
  ...STREET_FIGURE_ROWS,
  { key: 'casesOpenedInQuarter', label: '本季度新发现隐患', unit: '件' },
  { key: 'appraisedInQuarter', label: '本季度完成鉴定', unit: '件' },
  { key: 'renovatedInQuarter', label: '本季度完成改造', unit: '件' },
  { key: 'disasterDamagedInQuarter', label: '本季度灾损房屋', unit: '栋' },
]
