// The monthly patrol plan (不漏一户) of one village: every monitored house, whether it
// has been patrolled this month, and its risk priority. A listed household without a
// registered house (retired ones do not count) is a 待登记房屋 row, first in the plan:
// no household drops out of the plan for want of a house record.
import dayjs from 'dayjs'
import { localDate, maskName, riskScore, type PatrolPlanItem } from '../../../domain'
import type { Deps } from '../../core/deps'

const PAGE = 1000

async function all<T extends { _id: string }>(fetch: (skip: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += PAGE) {
    const batch = await fetch(skip)
    out.push(...batch)
    if (batch.length < PAGE) return out
  }
}

/** The plan's rows that are registered houses (not 待登记房屋). */
export const registered = (plan: PatrolPlanItem[]): Array<PatrolPlanItem & { houseId: string }> => plan.filter((p): p is PatrolPlanItem & { houseId: string } => p.houseId !== null)

export async function villagePlan(deps: Deps, villageId: string, month: string): Promise<PatrolPlanItem[]> {
  const villageName = (await deps.orgs.get(villageId))?.name ?? ''
  const [households, houses, patrols] = await Promise.all([
    all((skip) => deps.store.collection('households').find({ where: { villageId, status: 'monitored' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']], skip, limit: PAGE })),
    all((skip) => deps.store.collection('houses').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['_id', 'asc']], skip, limit: PAGE })),
    all((skip) => deps.store.collection('patrols').find({ where: { villageId, month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']], skip, limit: PAGE })),
  ])
  const byId = new Map(households.map((h) => [h._id, h]))
  const done = new Set(patrols.filter((p) => p.kind !== 'selfCheck').map((p) => p.houseId))
  const previousMonth = dayjs(`${month}-01`).subtract(1, 'month').format('YYYY-MM')
  const year = Number(month.slice(0, 4))
  const items: PatrolPlanItem[] = []
  const housed = new Set<string>()
  for (const h of houses) {
    const hh = byId.get(h.householdId)
    if (!hh || h.retiredAt) continue
    housed.add(hh._id)
    // The month in Asia/Shanghai: an early-morning patrol on the 1st is still UTC's previous day.
    const lastMonth = h.lastPatrolAt ? localDate(new Date(h.lastPatrolAt)).slice(0, 7) : null
    // Not patrolled this month, nor the month before: a whole month was missed.
    const status = done.has(h._id) ? 'done' : lastMonth && lastMonth >= previousMonth ? 'pending' : 'overdue'
    items.push({
      houseId: h._id,
      householdId: h.householdId,
      villageId,
      villageName,
      headNameMasked: maskName(hh.headName),
      address: h.address,
      grade: h.grade,
      occupancy: h.occupancy,
      status,
      risk: riskScore(
        {
          grade: h.grade,
          openCase: h.openCaseId !== null,
          yearBuilt: h.yearBuilt,
          currentYear: year,
          renovatedBefore: h.renovatedBefore,
          siteHazard: h.siteHazard,
          lastJudgment: h.lastJudgment,
          occupied: h.occupancy === 'occupied',
        },
        deps.config.riskWeights,
      ),
      lastPatrolAt: h.lastPatrolAt,
      lastJudgment: h.lastJudgment,
    })
  }
  for (const hh of households) {
    if (housed.has(hh._id)) continue
    items.push({
      houseId: null,
      householdId: hh._id,
      villageId,
      villageName,
      headNameMasked: maskName(hh.headName),
      address: hh.address,
      grade: null,
      occupancy: 'occupied',
      status: 'unregistered',
      risk: 0,
      lastPatrolAt: null,
      lastJudgment: null,
    })
  }
  const order = { unregistered: 0, overdue: 1, pending: 2, done: 3 }
  const key = (i: PatrolPlanItem) => i.houseId ?? i.householdId
  return items.sort((a, b) => order[a.status] - order[b.status] || b.risk - a.risk || key(a).localeCompare(key(b)))
}
