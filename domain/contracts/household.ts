// Monitored households (household.*): list, detail, revealing personal data, history.
import { z } from 'zod'
import { id, pageInput, shortText } from '../validation'
import { CATEGORIES, GRADES } from '../enums'
import { contract } from './define'
import type { HouseholdDetail, HouseholdEventView, HouseholdSummary, Page } from '../model'

export const householdListInput = z.strictObject({
  villageId: id().optional(),
  keyword: shortText(20).optional(),
  category: z.enum(CATEGORIES).optional(),
  grade: z.enum([...GRADES, 'none']).optional(),
  ...pageInput,
})

export const householdContracts = {
  'household.list': contract<Page<HouseholdSummary>>()({
    input: householdListInput,
    roles: ['inspector', 'staff', 'appraiser', 'leader'],
    writes: false,
    example: { page: 1, pageSize: 20 },
  }),
  'household.get': contract<HouseholdDetail>()({
    input: z.strictObject({ householdId: id() }),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader'],
    writes: false,
    example: { householdId: 'hh_example' },
  }),
  'household.reveal': contract<{ value: string }>()({
    input: z.strictObject({ householdId: id(), field: z.enum(['idNumber', 'phone']) }),
    roles: ['inspector', 'staff'],
    writes: true,
    example: { householdId: 'hh_example', field: 'phone' },
  }),
  'household.history': contract<HouseholdEventView[]>()({
    input: z.strictObject({ householdId: id() }),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader'],
    writes: false,
    example: { householdId: 'hh_example' },
  }),
}
