// Tasks (task.*).
import { z } from 'zod'
import { id, pageInput } from '../validation'
import { contract } from './define'
import type { Page } from '../model'

export interface TaskView {
  id: string
  kind: 'newListingCheck' | 'streetPatrol' | 'emergencyPatrol' | 'evacuationConfirm'
  /** The house to patrol, for house-level tasks. */
  houseId: string | null
  title: string
  villageId: string
  villageName: string
  householdId: string
  householdNameMasked: string
  dueDate: string
  status: 'open' | 'done' | 'cancelled'
  overdue: boolean
}

export const taskContracts = {
  'task.list': contract<Page<TaskView>>()({
    input: z.strictObject({
      villageId: id().optional(),
      status: z.enum(['open', 'done']).default('open'),
      /** Only open tasks past their due date: what the dashboard's 逾期任务 figure counts. */
      overdueOnly: z.boolean().default(false),
      ...pageInput,
    }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { status: 'open' },
  }),
}
