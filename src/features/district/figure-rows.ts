// The district's figures in plain words, each with its unit, the ones that mean danger first.
import type { DistrictFigures } from '@domain'

export const FIGURE_ROWS: Array<{ key: keyof DistrictFigures; label: string; unit: string; danger?: boolean }> = [
  { key: 'occupiedDangerous', label: '危房仍有人居住', unit: '栋', danger: true },
  { key: 'households', label: '监测户', unit: '户' },
  { key: 'houses', label: '房屋', unit: '栋' },
  { key: 'gradeC', label: 'C级危房', unit: '栋' },
  { key: 'gradeD', label: 'D级危房', unit: '栋' },
  { key: 'evacuated', label: '已撤离', unit: '栋' },
  { key: 'openCases', label: '未办结隐患', unit: '件' },
  { key: 'overdueCases', label: '逾期隐患', unit: '件', danger: true },
  { key: 'overdueTasks', label: '逾期任务', unit: '项', danger: true },
  { key: 'inRenovation', label: '改造中', unit: '户' },
  { key: 'renovated', label: '已改造', unit: '户' },
  { key: 'patrolledThisMonth', label: '本月已巡查', unit: '栋' },
]

/** The few figures a street's line shows in the district's list. */
export const LINE_KEYS: Array<keyof DistrictFigures> = ['households', 'occupiedDangerous', 'gradeD', 'overdueCases']
