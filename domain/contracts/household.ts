// Monitored households (household.*): list, detail, revealing personal data, history.
import { z } from 'zod'
import { id, pageInput, shortText } from '../validation'
import { CATEGORIES, GRADES } from '../enums'
import { contract } from './define'
import type { FileLink, HouseView, HouseholdSummary, Page, PatrolView } from '../model'

export interface HouseholdDetail extends HouseholdSummary {
  headName: string
  address: string
  /** Labels of the departments whose lists name this household. */
  sourceDept: string
  listedSince: string
  removedAt: string | null
  removedReason: string | null
  houses: HouseView[]
  /** Some active account is bound to this household as its farmer (no binding code is offered then). */
  farmerBound: boolean
}

export interface HouseholdEventView {
  id: string
  at: string
  kind: 'listed' | 'changed' | 'removed' | 'relisted'
  kindLabel: string
  note: string
  changes: Array<{ field: string; from: string; to: string }>
}

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
  /** Patrols of the household's houses, newest first (the household page's patrol history). */
  'household.patrols': contract<PatrolView[]>()({
    input: z.strictObject({ householdId: id() }),
    roles: ['inspector', 'staff', 'appraiser', 'leader'],
    writes: false,
    example: { householdId: 'hh_example' },
  }),
  /** 一户一档: the household's printable archive (PDF) as an export file. */
  'household.archive': contract<FileLink>()({
    input: z.strictObject({ householdId: id() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: true,
    example: { householdId: 'hh_example' },
  }),
  'household.history': contract<HouseholdEventView[]>()({
    input: z.strictObject({ householdId: id() }),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader'],
    writes: false,
    example: { householdId: 'hh_example' },
  }),
}
