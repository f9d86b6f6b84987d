import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { FileLink } from '../model'

export const ledgerContracts = {
  'ledger.export': contract<FileLink & { rows: number }>()({
    input: z.strictObject({ villageId: id().optional() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: true,
    example: { villageId: 'v-yulong' },
  }),
  'import.template': contract<FileLink>()({
    input: z.strictObject({}),
    roles: ['staff'],
    writes: true,
    example: {},
  }),
}
