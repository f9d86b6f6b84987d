// A farmer binds his WeChat account to his household by name and ID digits (bind.*).
import { z } from 'zod'
import { id, shortText } from '../validation'
import { unboundContract } from './define'
import type { Me } from '../model'

export const bindContracts = {
  'bind.farmer': unboundContract<Me>()({
    input: z.strictObject({
      villageId: id(),
      name: shortText(20),
      idLast6: z.string().regex(/^\d{5}[\dXx]$/),
    }),
    writes: true,
    example: { villageId: 'v-yulong', name: '张三', idLast6: '12123X' },
  }),
}
