// The figures a street reports upward, in plain words with their units, the ones that mean
// danger first: one list for the street's quarterly report and the district's pages, so the
// same figure has the same name and unit on both.
import { IN_RENOVATION_LABEL, type StreetFigures } from '@domain'

export interface FigureRow<K extends string> {
  key: K
  label: string
  unit: string
  danger?: boolean
}

export const STREET_FIGURE_ROWS: ReadonlyArray<FigureRow<keyof StreetFigures>> = [
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
]

/** The rows of `keys`, in that order: a screen that shows a few figures names them the same. */
export function rowsOf<K extends string, P extends K>(rows: ReadonlyArray<FigureRow<K>>, keys: readonly P[]): Array<FigureRow<P>> {
  return keys.map((k) => rows.find((r) => r.key === k) as FigureRow<P>)
}
