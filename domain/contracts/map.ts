// The street map (map.*).
import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { MapHouse } from '../model'

export const mapContracts = {
  'map.houses': contract<{ houses: MapHouse[]; truncated: boolean }>()({
    input: z.strictObject({ villageId: id().optional() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { villageId: 'v-yulong' },
  }),
}
