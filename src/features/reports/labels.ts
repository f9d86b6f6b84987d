// Words for the quarterly report: its phases and its figures, occupied danger first.
import { IN_RENOVATION_LABEL, type QuarterlyReportView, type QuarterlyTotals } from '@domain'

export const PHASE_LABELS: Record<QuarterlyReportView['phase'], string> = {
  collecting: '正在汇总各村数据',
  writing: '正在生成表格',
  done: '已生成',
  failed: '生成失败',
}

export const TOTAL_ROWS: Array<{ key: keyof QuarterlyTotals; label: string; unit: string; danger?: boolean }> = [
  { key: 'occupiedDangerous', label: '危房仍有人居住', unit: '栋', danger: true },
  { key: 'households', label: '监测户', unit: '户' },
  { key: 'houses', label: '房屋', unit: '栋' },
  { key: 'gradeC', label: 'C级危房', unit: '栋' },
  { key: 'gradeD', label: 'D级危房', unit: '栋' },
  { key: 'evacuated', label: '已撤离', unit: '栋' },
  { key: 'openCases', label: '未办结隐患', unit: '件' },
  { key: 'overdueCases', label: '逾期隐患', unit: '件', danger: true },
  { key: 'overdueTasks', label: '逾期任务', unit: '项', danger: true },
  { key: 'inRenovation', label: IN_RENOVATION_LABEL, unit: '件' },
  { key: 'casesOpenedInQuarter', label: '本季度新发现隐患', unit: '件' },
  { key: 'appraisedInQuarter', label: '本季度完成鉴定', unit: '件' },
  { key: 'renovatedInQuarter', label: '本季度完成改造', unit: '件' },
  { key: 'disasterDamagedInQuarter', label: '本季度灾损房屋', unit: '栋' },
]
