// Small sums over a village's figures, shared by the cards, the table and the charts.
import type { VillageFigures } from '@domain'

/** This month's patrolled houses as a whole percentage of the houses. */
export const coverage = (f: Pick<VillageFigures, 'patrolledThisMonth' | 'houses'>) => (f.houses > 0 ? Math.round((f.patrolledThisMonth / f.houses) * 100) : 0)

export const dangerous = (f: Pick<VillageFigures, 'byGrade'>) => f.byGrade.C + f.byGrade.D

export const overdue = (f: Pick<VillageFigures, 'overdueCases' | 'overdueTasks'>) => f.overdueCases + f.overdueTasks
