// Who am I (auth.*).
import { z } from 'zod'
import { ROLES } from '../enums'
import { contract } from './define'
import type { Me } from '../model'

export const authContracts = {
  'auth.me': contract<Me>()({
    input: z.strictObject({}),
    roles: ROLES,
    writes: false,
    example: {},
  }),
}
