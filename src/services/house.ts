// The house registry from the phone: a registration is saved on the phone and sent by the
// outbox (it must survive no signal); edits, retiring and the history need the network.
// The houses seen last are kept on the phone, so a patrol can still be filled with no signal.
import type { HouseRegisterPayload } from './offline/queue-types'
import { call, type Input } from './api'
import type { TakenPhoto } from './photos'
import { photoFacts } from './photo-facts'
import { saveToQueue } from './offline/outbox'
import type { Grade } from '@domain'
import { readJson, writeString } from './storage'

export function saveHouseRegistration(args: { ownerId: string; title: string; input: HouseRegisterPayload; photos: TakenPhoto[] }) {
  const { input } = args
  return saveToQueue({
    kind: 'houseRegister',
    id: input.houseId,
    ownerId: args.ownerId,
    houseId: input.houseId,
    title: args.title,
    input,
    photos: args.photos.map((p, i) => ({ data: p.data, fileName: `${input.houseId}-${i + 1}.jpg`, ...photoFacts(p) })),
  })
}

export const editHouse = (input: Input<'house.edit'>) => call('house.edit', input)

export const retireHouse = (input: Input<'house.retire'>) => call('house.retire', input)

export const houseHistory = (houseId: string) => call('house.history', { houseId })

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
export function rememberHouses(briefs: HouseBrief[]): void {
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
