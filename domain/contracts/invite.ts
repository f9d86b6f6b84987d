// Invitation codes (invite.*): made, listed and withdrawn by staff, accepted by the invited.
import { z } from 'zod'
import { id, shortText } from '../validation'
import { ROLES } from '../enums'
import { contract, unboundContract } from './define'
import type { Me, RoleGrant } from '../model'

export interface InvitationView {
  id: string
  kind: 'farmer' | 'staff'
  /** Shown in full only to its creator, for the QR code. */
  code: string
  /** What the QR code encodes: the page that accepts it, with the code. */
  path: string
  /** The scannable image while the invitation is unused. */
  qrUrl: string | null
  label: string
  grants: RoleGrant[]
  householdId: string | null
  createdAt: string
  expiresAt: string
  usedAt: string | null
  usedBy: string | null
  /** When it was withdrawn before use; a withdrawn code no longer works. */
  revokedAt: string | null
}

const grant = z.strictObject({ role: z.enum(ROLES), orgId: id() })

export const inviteContracts = {
  'invite.accept': unboundContract<Me>()({
    // No name: the name shown in timelines is the one the inviter set on the invitation.
    input: z.strictObject({ code: z.string().regex(/^[A-Za-z0-9]{8}$/) }),
    writes: true,
    example: { code: 'ABCD2345' },
  }),
  'invite.create': contract<InvitationView>()({
    input: z.discriminatedUnion('kind', [
      z.strictObject({ inviteId: id(), kind: z.literal('farmer'), householdId: id() }),
      z.strictObject({ inviteId: id(), kind: z.literal('staff'), name: shortText(20), grants: z.array(grant).min(1).max(5) }),
    ]),
    // District staff invite their district colleagues.
    roles: ['inspector', 'staff', 'district'],
    writes: true,
    example: { inviteId: 'inv-example-1', kind: 'staff', name: '新巡查员', grants: [{ role: 'inspector', orgId: 'v-yulong' }] },
  }),
  'invite.list': contract<InvitationView[]>()({
    input: z.strictObject({}),
    roles: ['inspector', 'staff', 'district'],
    writes: false,
    example: {},
  }),
  'invite.revoke': contract<InvitationView>()({
    input: z.strictObject({ inviteId: id() }),
    roles: ['inspector', 'staff', 'district'],
    writes: true,
    example: { inviteId: 'inv-example-1' },
  }),
}
