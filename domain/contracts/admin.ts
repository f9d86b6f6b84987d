// The first administrator (admin.*): the one-time bootstrap code.
import { z } from 'zod'
import { shortText } from '../validation'
import { unboundContract } from './define'
import type { Me } from '../model'

export const adminContracts = {
  /**
   * The first street administrator of a new deployment: allowed only while no staff
   * account exists for the street, with the one-time code set in the function's
   * environment (ANJU_BOOTSTRAP_CODE). It also writes the org tree if it is empty.
   */
  'admin.bootstrap': unboundContract<Me>()({
    input: z.strictObject({ code: z.string().min(12).max(128), name: shortText(20), streetId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }),
    writes: true,
    example: { code: 'example-bootstrap-code', name: '建管办 张三', streetId: 's-bachuan' },
  }),
}
