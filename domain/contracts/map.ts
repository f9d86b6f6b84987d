// The street map (map.*).
import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { Grade } from '../enums'

/** A house on the map (一张图), coloured by what matters most about it now. */
export interface MapHouse {
  houseId: string
  householdId: string
  villageId: string
  lat: number
  lng: number
  status: 'safe' | 'watch' | 'hazard' | 'dangerous' | 'evacuated'
  grade: Grade | null
  headNameMasked: string
  address: string
}

export const mapContracts = {
  'map.houses': contract<{ houses: MapHouse[]; truncated: boolean }>()({
    input: z.strictObject({ villageId: id().optional() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { villageId: 'v-yulong' },
  }),
}
