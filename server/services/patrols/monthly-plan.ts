// The monthly patrol plan (不漏一户) of one village: every monitored house, whether it
// has been patrolled this month, and its risk priority.
import dayjs from 'dayjs'
import { localDate, maskName, riskScore, type PatrolPlanItem } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { HouseDoc, HouseholdDoc, PatrolDoc } from '../../store/docs'

const PAGE = 1000

async function all<T extends { _id: string }>(fetch: (skip: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += PAGE) {
    const batch = await fetch(skip)
    out.push(...batch)
    if (batch.length < PAGE) return out
  }
}

export async function villagePlan(deps: Deps, villageId: string, month: string): Promise<PatrolPlanItem[]> {
  const villageName = (await deps.orgs.get(villageId))?.name ?? ''
  const [households, houses, patrols] = await Promise.all([
    all((skip) => deps.store.collection<HouseholdDoc>('households').find({ where: { villageId, status: 'monitored' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']], skip, limit: PAGE })),
    all((skip) => deps.store.collection<HouseDoc>('houses').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['_id', 'asc']], skip, limit: PAGE })),
    all((skip) => deps.store.collection<PatrolDoc>('patrols').find({ where: { villageId, month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']], skip, limit: PAGE })),
  ])
  const byId = new Map(households.map((h) => [h._id, h]))
  const done = new Set(patrols.filter((p) => p.kind !== 'selfCheck').map((p) => p.houseId))
  const previousMonth = dayjs(`${month}-01`).subtract(1, 'month').format('YYYY-MM')
  const year = Number(month.slice(0, 4))
  const items: PatrolPlanItem[] = []
  for (const h of houses) {
    const hh = byId.get(h.householdId)
    if (!hh) continue
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
  const order = { overdue: 0, pending: 1, done: 2 }
  return items.sort((a, b) => order[a.status] - order[b.status] || b.risk - a.risk || a.houseId.localeCompare(b.houseId))
}
