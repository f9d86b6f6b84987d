// The district's figures in plain words, each with its unit, the ones that mean danger first.
import type { DistrictFigures } from '@domain'
import { STREET_FIGURE_ROWS, rowsOf, type FigureRow } from '../../format/figure-rows'

export const FIGURE_ROWS: ReadonlyArray<FigureRow<keyof DistrictFigures>> = [
  ...STREET_FIGURE_ROWS,
  { key: 'renovated', label: '已改造', unit: '件' },
  { key: 'patrolledThisMonth', label: '本月已巡查', unit: '栋' },
]

/** The few figures a street's (or a village's) line shows in the district's lists. */
export const LINE_ROWS = rowsOf(FIGURE_ROWS, ['households', 'occupiedDangerous', 'gradeD', 'overdueCases'])
