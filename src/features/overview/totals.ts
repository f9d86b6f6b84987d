import type { VillageCounts } from '@domain'

/** The street's total, in the same shape as one village's counts. */
export function sumCounts(rows: VillageCounts[]): VillageCounts {
  const total: VillageCounts = {
    villageId: 'total',
    villageName: '全街道合计',
    households: 0,
    houses: 0,
    byGrade: { A: 0, B: 0, C: 0, D: 0, none: 0 },
    occupiedDangerous: 0,
  }
  for (const r of rows) {
    total.households += r.households
    total.houses += r.houses
    total.occupiedDangerous += r.occupiedDangerous
    for (const g of ['A', 'B', 'C', 'D', 'none'] as const) total.byGrade[g] += r.byGrade[g]
  }
  return total
}
