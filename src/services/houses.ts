// The house registry from the phone: a registration is saved on the phone and sent by the
// outbox (it must survive no signal); edits, retiring and the history need the network.
import type { HouseRegisterPayload } from './offline/queue-types'
import { call, type Input } from './api'
import type { TakenPhoto } from './photos'
import { photoFacts } from './photo-facts'
import { saveToQueue } from './offline/outbox'

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
