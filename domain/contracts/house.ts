// The house registry: an inspector registers a house at the first visit (offline, with a
// client-made id), staff or the inspector edit it, and a demolished or empty house is
// retired from the plans with its history kept.
import { z } from 'zod'
import { id, longText, shortText } from '../validation'
import { HOUSE_RETIRE_REASONS, OCCUPANCIES, SITE_HAZARDS, STRUCTURES } from '../enums'
import { contract } from './define'
import { photoInput } from './patrol'
import type { HouseView, HouseholdSummary, PatrolView, PhotoView } from '../model'

/** One change of a house's registry record: who, when, and each field before and after. */
export interface HouseHistoryEntry {
  id: string
  at: string
  actorName: string
  kind: 'registered' | 'edited' | 'retired'
  changes: Array<{ field: string; label: string; before: string; after: string }>
  note: string
}

export interface HouseDetail {
  house: HouseView
  /** The stamped photos taken when the house was registered or edited. */
  housePhotos: PhotoView[]
  household: HouseholdSummary
  patrols: PatrolView[]
  openCaseId: string | null
}

/** The fields of the registry record that a registration sets and an edit may change. */
export const houseFields = {
  structure: z.enum(STRUCTURES),
  floors: z.number().int().min(1).max(30),
  yearBuilt: z.number().int().min(1900).max(2100),
  /** Floor area in m², whole or with one decimal. */
  floorArea: z.number().min(1).max(10000).refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-6, '最多一位小数'),
  address: shortText(100),
  occupancy: z.enum(OCCUPANCIES),
  siteHazards: z.array(z.enum(SITE_HAZARDS)).max(SITE_HAZARDS.length).refine((a) => new Set(a).size === a.length, '不能重复'),
  /** The phone's fix; null is 无定位, allowed and flagged on the record. */
  gps: z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180), accuracy: z.number().min(0).max(100000) }).nullable(),
}

export const houseRegisterInput = z.strictObject({
  houseId: id(),
  householdId: id(),
  ...houseFields,
  photos: z.array(photoInput).min(1, '请至少拍 1 张房屋照片').max(9),
  registeredAt: z.iso.datetime({ offset: true }),
})

export const houseEditInput = z.strictObject({
  houseId: id(),
  expectRev: z.number().int().min(1),
  structure: houseFields.structure.optional(),
  floors: houseFields.floors.optional(),
  yearBuilt: houseFields.yearBuilt.optional(),
  floorArea: houseFields.floorArea.optional(),
  address: houseFields.address.optional(),
  occupancy: houseFields.occupancy.optional(),
  siteHazards: houseFields.siteHazards.optional(),
  gps: houseFields.gps.optional(),
  /** Photos added to the record; the earlier ones stay. */
  addPhotos: z.array(photoInput).max(9).default([]),
})

const EXAMPLE_PHOTO = { fileId: 'local://uploads/u-insp-yulong/house.jpg', takenAt: '2026-11-28T09:20:00+08:00', lat: 29.3, lng: 105.9 }

export const houseContracts = {
  'house.register': contract<HouseView>()({
    input: houseRegisterInput,
    roles: ['inspector', 'staff'],
    writes: true,
    example: {
      houseId: 'ho-new-example-1',
      householdId: 'hh-yulong-00001',
      structure: 'brickWood',
      floors: 2,
      yearBuilt: 1998,
      floorArea: 96.5,
      address: '玉龙村3组12号',
      occupancy: 'occupied',
      siteHazards: ['slope'],
      gps: null,
      photos: [EXAMPLE_PHOTO],
      registeredAt: '2026-11-28T09:30:00+08:00',
    },
  }),
  'house.edit': contract<HouseView>()({
    input: houseEditInput,
    roles: ['inspector', 'staff'],
    writes: true,
    example: { houseId: 'ho-yulong-00001-1', expectRev: 1, floors: 2, siteHazards: [] },
    fileExamples: [{ houseId: 'ho-yulong-00001-1', expectRev: 1, addPhotos: [EXAMPLE_PHOTO] }],
  }),
  'house.retire': contract<HouseView>()({
    input: z.strictObject({ houseId: id(), expectRev: z.number().int().min(1), reason: z.enum(HOUSE_RETIRE_REASONS), note: longText(200).default('') }),
    roles: ['inspector', 'staff'],
    writes: true,
    example: { houseId: 'ho-yulong-00001-1', expectRev: 1, reason: 'demolished', note: '2026年10月已拆除' },
  }),
  'house.history': contract<HouseHistoryEntry[]>()({
    input: z.strictObject({ houseId: id() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { houseId: 'ho-yulong-00001-1' },
  }),
  'house.get': contract<HouseDetail>()({
    input: z.strictObject({ houseId: id() }),
    roles: ['farmer', 'inspector', 'staff', 'leader', 'appraiser'],
    writes: false,
    example: { houseId: 'ho-yulong-00001-1' },
  }),
}
