import { z } from 'zod'
import { contract } from './define'
import type { VillageCounts } from '../model'

export const statsContracts = {
  'stats.villageCounts': contract<VillageCounts[]>()({
    input: z.strictObject({}),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: {},
  }),
}
