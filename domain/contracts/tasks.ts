import { z } from 'zod'
import { id, pageInput } from '../validation'
import { contract } from './define'
import type { Page, TaskView } from '../model'

export const taskContracts = {
  'task.list': contract<Page<TaskView>>()({
    input: z.strictObject({ villageId: id().optional(), status: z.enum(['open', 'done']).default('open'), ...pageInput }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { status: 'open' },
  }),
}
