// The inspector's patrol work: the month's plan, one patrol, saving a patrol (always through
// the outbox), and the street's view of how far each village has got. The plan is kept on
// the phone, so it still shows with no signal.
import type { Result } from '@domain'
import type { PatrolPayload } from './offline/queue-types'
import { call, type Input, type Output } from './api'
import type { TakenPhoto } from './photos'
import { photoFacts } from './photo-facts'
import { saveToQueue } from './offline/outbox'
import { knownHouse, rememberHouses, type HouseBrief } from './house'
import { carryStaleness, stalenessOf } from './reads'

export type PlanQuery = Input<'patrol.plan'>
export type PlanPage = Output<'patrol.plan'>

export type PlanStatus = PlanPage['items'][number]['status']
export type ShownPlan = PlanPage & {
  /** Set when this is the copy kept on the phone (weak signal or none): when it was fetched. */
  cachedAt: string | null
  /** When the server made this answer: patrols uploaded later are laid over it (plan-overlay.ts). */
  fetchedAt: string
}

function rememberPlan(page: PlanPage): void {
  rememberHouses(
    page.items.flatMap((i) => (i.houseId === null ? [] : [{
      houseId: i.houseId,
      householdId: i.householdId,
      villageId: i.villageId,
      villageName: i.villageName,
      nameMasked: i.headNameMasked,
      address: i.address,
      grade: i.grade,
      plan: { month: page.month, status: i.status },
    }])),
  )
}

/** The plan status of a house as last seen in `month`'s plan (within `villageId` if given); null if not seen. */
export function seenPlanStatus(houseId: string, month: string, villageId?: string): PlanStatus | null {
  const h = knownHouse(houseId)
  if (!h?.plan || h.plan.month !== month || (villageId && h.villageId !== villageId)) return null
  return h.plan.status
}

/**
 * The plan from the server; under a weak signal or none, the copy last fetched, marked with
 * its time (the read cache in reads.ts), and the server's answer after it.
 */
export async function patrolPlan(query: PlanQuery): Promise<Result<ShownPlan>> {
  const shown = (res: Result<PlanPage>, cachedAt: string | null): Result<ShownPlan> => {
    if (!res.ok) return res
    if (!cachedAt) rememberPlan(res.data)
    return { ok: true, data: { ...res.data, cachedAt, fetchedAt: cachedAt ?? new Date().toISOString() } }
  }
  const res = await call('patrol.plan', query)
  const cachedAt = stalenessOf(res)?.cachedAt ?? null
  return carryStaleness(res, shown(res, cachedAt), (fresh) => shown(fresh, null))
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
