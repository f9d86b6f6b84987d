// Taking access away: street staff see the people of their street and can revoke one grant,
// disable or enable an account, unbind a farmer from his household, and withdraw an unused
// invitation. Each write carries a client-made request id, so a retry is answered as the
// first call was and never acts twice.
import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { PersonGrantView } from '../model'

/** One person of the street, for taking access away (人员与权限). */
export interface PersonView {
  userId: string
  name: string
  disabled: boolean
  /** Grants within the viewer's street. */
  grants: PersonGrantView[]
  /** True when the person also holds grants in another street (not shown). */
  elsewhere: boolean
  /** The household a farmer is bound to, masked, when it is in the viewer's street. */
  household: { id: string; headName: string; villageName: string } | null
  /** The viewer himself: he cannot disable himself or revoke his own staff grant. */
  isMe: boolean
}

/** Roles street staff can take away one by one; a farmer is unbound instead. */
export const REVOCABLE_ROLES = ['inspector', 'staff', 'appraiser', 'leader'] as const

export const peopleContracts = {
  'people.list': contract<PersonView[]>()({
    // Without a village: the street's workers; with one: the farmers bound in it.
    input: z.strictObject({ villageId: id().optional() }),
    roles: ['staff'],
    writes: false,
    example: {},
  }),
  'people.revokeGrant': contract<PersonView>()({
    input: z.strictObject({ requestId: id(), userId: id(), role: z.enum(REVOCABLE_ROLES), orgId: id() }),
    roles: ['staff'],
    writes: true,
    example: { requestId: 'rq-example-revoke', userId: 'u-insp-baima', role: 'inspector', orgId: 'v-baima' },
  }),
  'people.setDisabled': contract<PersonView>()({
    input: z.strictObject({ requestId: id(), userId: id(), disabled: z.boolean() }),
    roles: ['staff'],
    writes: true,
    example: { requestId: 'rq-example-disable', userId: 'u-insp-damiao', disabled: true },
  }),
  'people.unbindFarmer': contract<PersonView>()({
    input: z.strictObject({ requestId: id(), userId: id() }),
    roles: ['staff'],
    writes: true,
    example: { requestId: 'rq-example-unbind', userId: 'u-farmer-shizi' },
  }),
}
