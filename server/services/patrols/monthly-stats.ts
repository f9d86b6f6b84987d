// Monthly statistics (按月统计) of a village, computed from the raw records every time;
// a submitted version freezes them.
import dayjs from 'dayjs'
import { ZONE_OFFSET, type MonthlyFigures } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { PatrolDoc } from '../../store/docs'
import { villagePlan } from './monthly-plan'

/** A month's bounds as instants in Asia/Shanghai; the arithmetic is on calendar dates. */
export function monthBounds(month: string): { from: string; to: string } {
  const next = dayjs(`${month}-01`).add(1, 'month').format('YYYY-MM-DD')
  return { from: new Date(`${month}-01T00:00:00${ZONE_OFFSET}`).toISOString(), to: new Date(`${next}T00:00:00${ZONE_OFFSET}`).toISOString() }
}

/** The deadline of a month's statistics: the configured day of the next month. */
export function statsDeadline(month: string, dueDay: number): string {
  return dayjs(`${month}-01`).add(1, 'month').date(dueDay).format('YYYY-MM-DD')
}

export async function monthlyFigures(deps: Deps, villageId: string, month: string): Promise<MonthlyFigures> {
  const plan = await villagePlan(deps, villageId, month)
  const patrols: PatrolDoc[] = []
  for (let skip = 0; ; skip += 1000) {
    const batch = await deps.store.collection('patrols').find({ where: { villageId, month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']], skip, limit: 1000 })
    patrols.push(...batch)
    if (batch.length < 1000) break
  }
  const { from, to } = monthBounds(month)
  const [reportedToStreet, evacuated] = await Promise.all([
    deps.store.collection('cases').count({ villageId, openedAt: { $gte: from, $lt: to } }),
    deps.store.collection('houses').count({ villageId, occupancy: 'evacuated' }),
  ])
  const patrolled = plan.filter((p) => p.status === 'done').length
  return {
    houses: plan.length,
    patrolled,
    notPatrolled: plan.length - patrolled,
    hazardsFound: new Set(patrols.filter((p) => p.kind !== 'selfCheck' && p.judgment !== 'safe').map((p) => p.houseId)).size,
    reportedToStreet,
    evacuated,
    streetMismatches: patrols.filter((p) => p.kind === 'street' && p.mismatchWith).length,
  }
}
