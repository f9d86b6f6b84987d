// The leader's dashboard (dashboard.*).
import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { Dashboard } from '../model'

export const dashboardContracts = {
  'dashboard.summary': contract<Dashboard>()({
    input: z.strictObject({ villageId: id().optional() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: {},
  }),
}
