// The inspector's patrol work: the month's plan, one patrol, saving a patrol (always through
// the outbox), and the street's view of how far each village has got. The plan is kept on
// the phone, so it still shows with no signal.
import type { Result } from '@domain'
import type { PatrolPayload } from './offline/queue-types'
import { call, type Input, type Output } from './api'
import type { TakenPhoto } from './photos'
import { photoFacts } from './photo-facts'
import { saveToQueue } from './offline/outbox'
import { rememberHouses, type HouseBrief } from './house'
import { readJson, writeString } from './storage'

export type PlanQuery = Input<'patrol.plan'>
export type PlanPage = Output<'patrol.plan'>

const planKey = (q: PlanQuery) => `anju.cache.plan.${q.villageId ?? 'all'}.${q.status ?? 'all'}.${q.month ?? 'now'}`

/** The plan from the server; without a network, the same page as last seen, marked with its time. */
export async function patrolPlan(query: PlanQuery): Promise<Result<PlanPage & { cachedAt: string | null }>> {
  const res = await call('patrol.plan', query)
  if (res.ok) {
    rememberHouses(
      res.data.items.flatMap((i) => (i.houseId === null ? [] : [{
        houseId: i.houseId,
        householdId: i.householdId,
        villageId: i.villageId,
        villageName: i.villageName,
        nameMasked: i.headNameMasked,
        address: i.address,
        grade: i.grade,
      }])),
    )
    if ((query.page ?? 1) === 1) writeString(planKey(query), JSON.stringify({ at: new Date().toISOString(), data: res.data }))
    return { ok: true, data: { ...res.data, cachedAt: null } }
  }
  const cached = res.code === 'UNAVAILABLE' && (query.page ?? 1) === 1 ? readJson<{ at: string; data: PlanPage }>(planKey(query)) : null
  return cached ? { ok: true, data: { ...cached.data, cachedAt: cached.at } } : res
}

export const getPatrol = (patrolId: string) => call('patrol.get', { patrolId })

/** Keeps the patrol on the phone and queues it; the outbox sends it when it can. */
export function savePatrol(args: { ownerId: string; house: HouseBrief; input: PatrolPayload; photos: TakenPhoto[] }) {
  const { house, input } = args
  return saveToQueue({
    kind: 'patrol',
    id: input.patrolId,
    ownerId: args.ownerId,
    houseId: house.houseId,
    title: `${house.nameMasked} ${house.address}`.trim(),
    input,
    photos: args.photos.map((p, i) => ({ data: p.data, fileName: `${input.patrolId}-${i + 1}.jpg`, ...photoFacts(p) })),
  })
}

/** The village's monitored houses, from the inspector's monthly plan, to pick a damaged one. */
export const villageHouses = (villageId: string, page: number) => call('patrol.plan', { villageId, status: 'all', page, pageSize: 50 })

export const patrolCoverage = (month?: string) => call('patrol.coverage', month ? { month } : {})
