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

/**
 * A village as one cluster on the street's map (全街道一张图): placed at the village (its
 * org position, else the centre of its located houses) with the dashboard's own figures,
 * read from the same stored counters so the two always agree.
 */
export interface MapVillage {
  villageId: string
  villageName: string
  /** null when neither the village nor any of its houses has a position yet. */
  lat: number | null
  lng: number | null
  /** Where the position comes from: the village itself, or the centre of its houses. */
  placedBy: 'village' | 'houses' | null
  /** Whether any of its (not retired) houses has coordinates, so drilling in shows houses. */
  housesLocated: boolean
  /** 栋, as the dashboard's 房屋 figure. */
  houses: number
  /** 户 */
  households: number
  /** 栋 lived in although C/D (as the dashboard's 危房有人住: add occupiedSuspected). */
  occupiedDangerous: number
  /** 栋 lived in although 疑似危房. */
  occupiedSuspected: number
  /** 件 */
  openCases: number
}

export const mapContracts = {
  'map.houses': contract<{ houses: MapHouse[]; truncated: boolean }>()({
    input: z.strictObject({ villageId: id().optional() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { villageId: 'v-yulong' },
  }),
  /** Every village of the caller's street with its position and figures: O(villages), never O(houses). */
  'map.villages': contract<{ villages: MapVillage[] }>()({
    input: z.strictObject({}),
    roles: ['staff', 'leader'],
    writes: false,
    example: {},
  }),
}
