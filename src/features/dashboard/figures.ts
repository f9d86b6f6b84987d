// Small sums over a village's figures, shared by the cards, the table and the charts.
import type { VillageFigures } from '@domain'

/** This month's patrols over everything to patrol: the houses and the households still waiting for one (待登记房屋). */
export const coverage = (f: Pick<VillageFigures, 'patrolledThisMonth' | 'houses' | 'unregistered'>) => {
  const due = f.houses + (f.unregistered ?? 0)
  return due > 0 ? Math.round((f.patrolledThisMonth / due) * 100) : 0
}

/** Households whose worst grade is C or D (户), as the card and the household list count them. */
export const dangerous = (f: Pick<VillageFigures, 'householdsByGrade'>) => f.householdsByGrade.C + f.householdsByGrade.D

export const overdue = (f: Pick<VillageFigures, 'overdueCases' | 'overdueTasks'>) => f.overdueCases + f.overdueTasks
