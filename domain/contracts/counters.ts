// The village counters checked against a recount (counters.*).
import { z } from 'zod'
import { contract } from './define'

export interface CounterDrift {
  villageId: string
  field: string
  stored: unknown
  recount: unknown
}

export const countersContracts = {
  'counters.check': contract<{ villages: number; drift: CounterDrift[] }>()({
    input: z.strictObject({}),
    roles: ['staff', 'leader'],
    writes: false,
    example: {},
  }),
}
