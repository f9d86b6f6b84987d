// The farmer's self-check: saved on the phone and sent through the outbox, like a patrol;
// and the list of his earlier reports with where each case stands.
import type { SelfCheckPayload } from './offline/queue-types'
import { call } from './api'
import type { TakenPhoto } from './photos'
import { photoFacts } from './photo-facts'
import { saveToQueue } from './offline/outbox'
import { readString, writeString } from './storage'

/** The farmer's houses as last seen, so a self-check can start without a network. */
export interface MyHouse {
  id: string
  address: string
}

const MY_HOUSES_KEY = 'anju.cache.myHouses'

export function rememberMyHouses(houses: MyHouse[]): void {
  writeString(MY_HOUSES_KEY, JSON.stringify(houses.map((h) => ({ id: h.id, address: h.address }))))
}

/** True once his household has been seen with no registered house (an imported list's first days). */
export function knownToHaveNoHouse(): boolean {
  return readString(MY_HOUSES_KEY) === '[]'
}

export function myKnownHouses(): MyHouse[] {
  try {
    const v: unknown = JSON.parse(readString(MY_HOUSES_KEY) ?? '[]')
    return Array.isArray(v) ? v.filter((h): h is MyHouse => typeof h?.id === 'string' && typeof h?.address === 'string') : []
  } catch {
    return []
  }
}

export function saveSelfCheck(args: { ownerId: string; title: string; input: SelfCheckPayload; photos: TakenPhoto[] }) {
  const { input } = args
  return saveToQueue({
    kind: 'selfCheck',
    id: input.reportId,
    ownerId: args.ownerId,
    houseId: input.houseId ?? '',
    title: args.title,
    input,
    photos: args.photos.map((p, i) => ({ data: p.data, fileName: `${input.reportId}-${i + 1}.jpg`, ...photoFacts(p) })),
  })
}

export const mySelfChecks = () => call('selfcheck.mine', {})
