// House plates (plates.*): the printable sheets of a village.
import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { FileLink } from '../model'

export const platesContracts = {
  'plates.sheet': contract<FileLink & { plates: number; next: number | null }>()({
    input: z.strictObject({ villageId: id(), from: z.number().int().min(0).max(100000).optional() }),
    roles: ['inspector', 'staff'],
    writes: true,
    example: { villageId: 'v-yulong' },
  }),
}
