// The ledger (ledger.*): the masked export and a village's patrol month.
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
  'ledger.patrolMonth': contract<FileLink & { rows: number }>()({
    input: z.strictObject({ villageId: id(), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
    roles: ['inspector', 'staff', 'leader'],
    writes: true,
    example: { villageId: 'v-yulong', month: '2026-11' },
  }),
}
