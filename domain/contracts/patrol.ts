// Monthly patrols (patrol.*): plan, submit, read, coverage.
import { z } from 'zod'
import { id, longText, pageInput } from '../validation'
import { JUDGMENTS, PART_FINDINGS } from '../patrol'
import { contract } from './define'
import { fileIdOf } from './file-fields'
import type { Page, PatrolView } from '../model'
import { isoTime, month } from './fields'
import type { Grade, Occupancy } from '../enums'

export interface PatrolPlanItem {
  /** null on a 待登记房屋 row: a listed household without a registered house. */
  houseId: string | null
  householdId: string
  villageId: string
  villageName: string
  headNameMasked: string
  address: string
  grade: Grade | null
  occupancy: Occupancy
  /** unregistered: 待登记房屋, listed first so no household is skipped (不漏一户). */
  status: 'unregistered' | 'done' | 'pending' | 'overdue'
  risk: number
  lastPatrolAt: string | null
  lastJudgment: import('../patrol').Judgment | null
}

export interface CoverageRow {
  villageId: string
  villageName: string
  houses: number
  patrolled: number
  notPatrolled: number
  overdue: number
  /** Listed households still without a registered house (待登记房屋); counted in notPatrolled. */
  unregistered: number
  streetMismatches: number
}

const lat = () => z.number().min(-90).max(90)
const lng = () => z.number().min(-180).max(180)
const finding = z.enum(PART_FINDINGS)

export const photoInput = z.strictObject({
  fileId: fileIdOf('photo'),
  /** When it was taken, as the phone says; an album picture's own time, null when unknown. */
  takenAt: isoTime().nullable(),
  lat: lat().nullable().default(null),
  lng: lng().nullable().default(null),
  /** Picked from the album rather than taken with the camera now. */
  album: z.boolean().default(false),
  /** SHA-256 of the picture before the stamp, so the same picture used twice is caught. */
  originalSha256: z.string().regex(/^[0-9a-f]{64}$/, '照片校验值格式不对').nullable().default(null),
})

export const patrolSubmitInput = z.strictObject({
  patrolId: id(),
  houseId: id(),
  kind: z.enum(['routine', 'street', 'emergency']),
  patrolledAt: isoTime(),
  findings: z.strictObject({ site: finding, foundation: finding, walls: finding, columnsBeams: finding, roof: finding, enclosure: finding }),
  judgment: z.enum(JUDGMENTS),
  occupied: z.boolean(),
  photos: z.array(photoInput).max(9).default([]),
  gps: z.strictObject({ lat: lat(), lng: lng(), accuracy: z.number().min(0).max(100000) }).nullable().default(null),
  scannedPlate: z.boolean().default(false),
  notes: longText(500).default(''),
  taskId: id().optional(),
})

export const patrolContracts = {
  'patrol.plan': contract<Page<PatrolPlanItem> & { month: string; counts: { unregistered: number; done: number; pending: number; overdue: number } }>()({
    input: z.strictObject({
      villageId: id().optional(),
      status: z.enum(['all', 'unregistered', 'pending', 'done', 'overdue']).default('all'),
      month: z.string().regex(/^\d{4}-\d{2}$/).optional(),
      ...pageInput,
    }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { status: 'pending' },
  }),
  'patrol.submit': contract<PatrolView>()({
    input: patrolSubmitInput,
    roles: ['inspector', 'staff'],
    writes: true,
    example: {
      patrolId: 'pt-example-1',
      houseId: 'ho-yulong-00001-1',
      kind: 'routine',
      patrolledAt: '2026-11-28T09:30:00+08:00',
      findings: { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'na' },
      judgment: 'safe',
      occupied: true,
      photos: [],
      gps: null,
      scannedPlate: false,
      notes: '',
    },
    fileExamples: [
      {
        patrolId: 'pt-example-2',
        houseId: 'ho-yulong-00001-1',
        kind: 'routine',
        patrolledAt: '2026-11-28T09:30:00+08:00',
        findings: { site: 'ok', foundation: 'ok', walls: 'minor', columnsBeams: 'ok', roof: 'ok', enclosure: 'na' },
        judgment: 'hazard',
        occupied: true,
        photos: [{ fileId: 'local://uploads/u-insp-yulong/wall.jpg', takenAt: '2026-11-28T09:20:00+08:00', lat: 29.3, lng: 105.9 }],
      },
    ],
  }),
  'patrol.get': contract<PatrolView>()({
    input: z.strictObject({ patrolId: id() }),
    roles: ['inspector', 'staff', 'leader', 'appraiser'],
    writes: false,
    example: { patrolId: 'pt-example-1' },
  }),
  'patrol.coverage': contract<CoverageRow[]>()({
    input: z.strictObject({ month: month().optional() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { month: '2026-11' },
  }),
}
