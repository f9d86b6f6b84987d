// The public village list (villages.*).
import { z } from 'zod'
import { unboundContract } from './define'

export const villagesContracts = {
  'villages.public': unboundContract<Array<{ id: string; name: string; streetName: string }>>()({
    input: z.strictObject({}),
    writes: false,
    example: {},
  }),
}
