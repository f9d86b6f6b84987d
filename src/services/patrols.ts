// The inspector's patrol work: the month's plan, one house, saving a patrol (always through
// the outbox), and the village's monthly statistics. The plan and the houses seen last are
// kept on the phone, so the plan still shows and a patrol can still be filled with no signal.
import type { Grade, Result } from '@domain'
import type { PatrolPayload } from './offline/queue-types'
import { call, type Input, type Output } from './api'
import type { TakenPhoto } from './photos'
import { saveToQueue } from './offline/outbox'
import { readString, writeString } from './storage'
import { carryStaleness, stalenessOf } from './reads'

export type PlanQuery = Input<'patrol.plan'>
export type PlanPage = Output<'patrol.plan'>

/** What the patrol form shows about a house; known from the plan or the house page. */
export interface HouseBrief {
  houseId: string
  householdId: string
  villageId: string
  villageName: string
  nameMasked: string
  address: string
  grade: Grade | null
  /** Its status in the plan of the month it was last seen in. */
  plan?: { month: string; status: 'unregistered' | 'done' | 'pending' | 'overdue' }
}

const HOUSES_KEY = 'anju.cache.houses'
const HOUSES_MAX = 600

function readJson<T>(key: string): T | null {
  const raw = readString(key)
  if (!raw) return null
  try {
    return JSON.parse(raw) as T
  } catch {
    return null
  }
}

function rememberHouses(briefs: HouseBrief[]): void {
  const all = readJson<Record<string, HouseBrief>>(HOUSES_KEY) ?? {}
  for (const b of briefs) {
    // A house page does not know the plan: keep what the plan said of it.
    const plan = b.plan ?? all[b.houseId]?.plan
    delete all[b.houseId]
    all[b.houseId] = plan ? { ...b, plan } : b
  }
  // Newest last: drop the oldest when the cache grows past its cap.
  const entries = Object.entries(all).slice(-HOUSES_MAX)
  writeString(HOUSES_KEY, JSON.stringify(Object.fromEntries(entries)))
}

export function knownHouse(houseId: string): HouseBrief | null {
  return readJson<Record<string, HouseBrief>>(HOUSES_KEY)?.[houseId] ?? null
}

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

export async function getHouse(houseId: string) {
  const res = await call('house.get', { houseId })
  if (res.ok) {
    const { house, household } = res.data
    rememberHouses([
      {
        houseId: house.id,
        householdId: house.householdId,
        villageId: house.villageId,
        villageName: household.villageName,
        nameMasked: household.headNameMasked,
        address: house.address,
        grade: house.grade,
      },
    ])
  }
  return res
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
    photos: args.photos.map((p, i) => ({ data: p.data, fileName: `${input.patrolId}-${i + 1}.jpg`, takenAt: p.takenAt, lat: p.lat, lng: p.lng })),
  })
}

export const monthlyStats = (villageId: string, month: string) => call('stats.monthly', { villageId, month })

export const submitMonthlyStats = (input: Input<'stats.monthlySubmit'>) => call('stats.monthlySubmit', input)
