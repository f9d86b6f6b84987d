// The inspector's patrol work: the month's plan, one house, saving a patrol (always through
// the outbox), and the village's monthly statistics. The plan and the houses seen last are
// kept on the phone, so the plan still shows and a patrol can still be filled with no signal.
import type { Grade, Result } from '@domain'
import type { PatrolPayload } from './offline/queue-types'
import { call, type Input, type Output } from './api'
import type { TakenPhoto } from './photos'
import { photoFacts } from './photo-facts'
import { saveToQueue } from './offline/outbox'
import { readString, writeString } from './storage'

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
}

const HOUSES_KEY = 'anju.cache.houses'
const HOUSES_MAX = 600
const planKey = (q: PlanQuery) => `anju.cache.plan.${q.villageId ?? 'all'}.${q.status ?? 'all'}.${q.month ?? 'now'}`

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
    delete all[b.houseId]
    all[b.houseId] = b
  }
  // Newest last: drop the oldest when the cache grows past its cap.
  const entries = Object.entries(all).slice(-HOUSES_MAX)
  writeString(HOUSES_KEY, JSON.stringify(Object.fromEntries(entries)))
}

export function knownHouse(houseId: string): HouseBrief | null {
  return readJson<Record<string, HouseBrief>>(HOUSES_KEY)?.[houseId] ?? null
}

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
    photos: args.photos.map((p, i) => ({ data: p.data, fileName: `${input.patrolId}-${i + 1}.jpg`, ...photoFacts(p) })),
  })
}

export const monthlyStats = (villageId: string, month: string) => call('stats.monthly', { villageId, month })

export const submitMonthlyStats = (input: Input<'stats.monthlySubmit'>) => call('stats.monthlySubmit', input)
