// 安置房源 (housing.*): the street's register of homes for people who cannot rebuild
// (公租房, 闲置公房, 租赁房源), and who lives in each now. A case closed by relocation
// names the option the family moved into.
import { z } from 'zod'
import { HOUSING_KINDS, type HousingKind } from '../renovation'
import { id, longText, shortText } from '../validation'
import { contract } from './define'

export interface HousingOccupantView {
  householdId: string
  headNameMasked: string
  villageName: string
  caseId: string | null
  since: string
}

export interface HousingOptionView {
  id: string
  kind: HousingKind
  name: string
  address: string
  /** How many households it takes. */
  capacity: number
  occupants: HousingOccupantView[]
  roomLeft: number
  note: string
}

const optionFields = z.strictObject({
  optionId: id(),
  kind: z.enum(HOUSING_KINDS),
  name: shortText(30),
  address: shortText(60),
  capacity: z.number().int().min(1).max(500),
  note: longText(200).default(''),
})

export const housingContracts = {
  'housing.list': contract<HousingOptionView[]>()({
    input: z.strictObject({}),
    roles: ['staff', 'leader'],
    writes: false,
    example: {},
  }),
  /** Adds one (the id is made by the app, so a retried add adds it once). */
  'housing.add': contract<HousingOptionView>()({
    input: optionFields,
    roles: ['staff'],
    writes: true,
    example: { optionId: 'hs-example-1', kind: 'publicRental', name: '巴川公租房 3 栋 201', address: '巴川街道滨河路 8 号', capacity: 1 },
  }),
  /** Corrects one of the street's options; who lives there stays as it is. */
  'housing.edit': contract<HousingOptionView>()({
    input: optionFields,
    roles: ['staff'],
    writes: true,
    example: { optionId: 'hs-example-1', kind: 'publicRental', name: '巴川公租房 3 栋 201', address: '巴川街道滨河路 8 号', capacity: 2 },
  }),
  'housing.remove': contract<{ removed: boolean }>()({
    input: z.strictObject({ optionId: id() }),
    roles: ['staff'],
    writes: true,
    example: { optionId: 'hs-example-1' },
  }),
  /** A family moved out: its place is free again. */
  'housing.moveOut': contract<HousingOptionView>()({
    input: z.strictObject({ optionId: id(), householdId: id() }),
    roles: ['staff'],
    writes: true,
    example: { optionId: 'hs-example-1', householdId: 'hh-yulong-00001' },
  }),
}
