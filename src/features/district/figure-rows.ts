// The district's figures in plain words, each with its unit, the ones that mean danger first.
import type { DistrictFigures } from '@domain'
import { STREET_FIGURE_ROWS, type FigureRow } from '../../format/figure-rows'

export const FIGURE_ROWS: ReadonlyArray<FigureRow<keyof DistrictFigures>> = [
  ...STREET_FIGURE_ROWS,
  { key: 'renovated', label: '已改造', unit: '件' },
  { key: 'patrolledThisMonth', label: '本月已巡查', unit: '栋' },
]

/** The few figures a street's line shows in the district's list. */
export const LINE_KEYS: Array<keyof DistrictFigures> = ['households', 'occupiedDangerous', 'gradeD', 'overdueCases']
