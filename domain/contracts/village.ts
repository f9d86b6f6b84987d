// A village's phones (village.*).
import { z } from 'zod'
import { contract } from './define'

export interface VillageContact {
  name: string
  /** 村巡查员 */
  roleLabel: string
  /** Whole, to dial. */
  phone: string
}

export const villageContracts = {
  'village.contacts': contract<VillageContact[]>()({
    input: z.strictObject({}),
    roles: ['farmer'],
    writes: false,
    example: {},
  }),
}
