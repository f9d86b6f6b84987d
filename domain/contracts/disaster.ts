// Disasters (disaster.*): declared by the street, damage reported by villages within three days.
import { z } from 'zod'
import { DAMAGE_GRADES, DISASTER_KINDS } from '../alerts'
import { id, longText, pageInput, shortText } from '../validation'
import { contract } from './define'
import { fileIdOf } from './file-fields'
import type { DisasterHead, DisasterState, Page } from '../model'
import { isoTime } from './fields'

export interface DisasterEventView extends DisasterHead {
  /** lateReports: damaged houses reported after the due date, counted with the others too. */
  villages: Array<{ villageId: string; villageName: string; reports: number; lateReports: number; done: boolean; overdue: boolean }>
  reports: Array<{ id: string; houseId: string; villageId: string; damage: import('../alerts').DamageGrade; damageLabel: string; peopleAffected: number; major: boolean; caseId: string | null; reportedAt: string; late: boolean }>
}

/** A disaster in the list: its state over all its villages, and the caller's villages in detail. */
export interface DisasterListItem extends DisasterHead {
  state: DisasterState
  /** Every village the disaster covers, the caller's or not. */
  villageCount: number
  /** The covered villages the caller answers for (an inspector's own; every one for the street). */
  mine: Array<{ villageId: string; villageName: string; done: boolean; overdue: boolean }>
  /** Damaged houses reported so far in the caller's villages. */
  reports: number
}

export const disasterContracts = {
  'disaster.declare': contract<DisasterEventView>()({
    input: z.strictObject({ eventId: id(), kind: z.enum(DISASTER_KINDS), occurredAt: isoTime(), villageIds: z.array(id()).min(1).max(500), description: shortText(300) }),
    roles: ['staff', 'inspector'],
    writes: true,
    example: { eventId: 'de-example-1', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-yulong'], description: '山洪' },
  }),
  'disaster.report': contract<DisasterEventView>()({
    input: z.strictObject({
      reportId: id(),
      eventId: id(),
      houseId: id(),
      damage: z.enum(DAMAGE_GRADES),
      peopleAffected: z.number().int().min(0).max(100),
      measures: longText(300).default(''),
      major: z.boolean().default(false),
      photos: z.array(fileIdOf('photo')).min(1).max(9),
    }),
    roles: ['inspector'],
    writes: true,
    example: { reportId: 'dr-example-1', eventId: 'de-example-1', houseId: 'ho-yulong-00001-1', damage: 'general', peopleAffected: 2, measures: '', major: false, photos: ['local://uploads/u-insp-yulong/a.jpg'] },
  }),
  'disaster.villageDone': contract<DisasterEventView>()({
    input: z.strictObject({ eventId: id(), villageId: id(), note: longText(200).default('') }),
    roles: ['inspector'],
    writes: true,
    example: { eventId: 'de-example-1', villageId: 'v-yulong', note: '本村无其他受损房屋' },
  }),
  'disaster.list': contract<Page<DisasterListItem>>()({
    input: z.strictObject({ ...pageInput }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { page: 1 },
  }),
  'disaster.get': contract<DisasterEventView>()({
    input: z.strictObject({ eventId: id() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { eventId: 'de-example-1' },
  }),
}
