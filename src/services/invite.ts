// One-time invitation codes: staff invite workers to a role; inspectors and staff invite a
// farmer to bind his WeChat to his household; the invited accept, staff withdraw.
import type { RoleGrant } from '@domain'
import { call } from './api'

/** The client makes the id, so a retried create returns the same invitation. */
export const createStaffInvite = (inviteId: string, name: string, grants: RoleGrant[]) =>
  call('invite.create', { inviteId, kind: 'staff', name, grants })

export const createFarmerInvite = (inviteId: string, householdId: string) => call('invite.create', { inviteId, kind: 'farmer', householdId })

export const listInvites = () => call('invite.list', {})

/** The name shown for the new account is the one the inviter set on the invitation. */
export const acceptInvite = (code: string) => call('invite.accept', { code: code.trim().toUpperCase() })

export const revokeInvite = (inviteId: string) => call('invite.revoke', { inviteId })
