// 安置点: where a village's families go when their house is not safe in a storm. The street
// keeps the list; inspectors and farmers see their village's, and the weather warning
// sent to farmers names it.
import { z } from 'zod'
import { id, shortText } from '../validation'
import { contract } from './define'

export interface ShelterView {
  id: string
  villageId: string
  villageName: string
  name: string
  address: string
  contact: string
  phone: string
  capacity: number | null
}

/** A duty phone: mobile, or a landline with or without its area code. */
const phone = z.string().trim().regex(/^(\+?86[- ]?)?(1\d{10}|0\d{2,3}-?\d{7,8}|\d{7,8})$/, '电话号码格式不对')

export const shelterContracts = {
  'shelter.list': contract<ShelterView[]>()({
    input: z.strictObject({ villageId: id().optional() }),
    roles: ['farmer', 'inspector', 'staff', 'leader'],
    writes: false,
    example: {},
  }),
  /** Adds or changes one (the id is made by the app, so a retried save changes nothing more). */
  'shelter.save': contract<ShelterView>()({
    input: z.strictObject({
      shelterId: id(),
      villageId: id(),
      name: shortText(30),
      address: shortText(60),
      contact: shortText(20),
      phone,
      capacity: z.number().int().min(1).max(10000).nullable().default(null),
    }),
    roles: ['staff'],
    writes: true,
    example: { shelterId: 'sh-example-1', villageId: 'v-yulong', name: '玉龙村村委会', address: '玉龙村1组', contact: '值班室', phone: '023-45678901', capacity: 40 },
  }),
  'shelter.remove': contract<{ removed: boolean }>()({
    input: z.strictObject({ shelterId: id() }),
    roles: ['staff'],
    writes: true,
    example: { shelterId: 'sh-example-1' },
  }),
}
