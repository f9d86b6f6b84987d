import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { CounterDrift, Dashboard, MapHouse } from '../model'

export const dashboardContracts = {
  'dashboard.summary': contract<Dashboard>()({
    input: z.strictObject({ villageId: id().optional() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: {},
  }),
  'counters.check': contract<{ villages: number; drift: CounterDrift[] }>()({
    input: z.strictObject({}),
    roles: ['staff', 'leader'],
    writes: false,
    example: {},
  }),
  'map.houses': contract<{ houses: MapHouse[]; truncated: boolean }>()({
    input: z.strictObject({ villageId: id().optional() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { villageId: 'v-yulong' },
  }),
}
