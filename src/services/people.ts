// 人员与权限: street staff list the people of their street and take access away. Each change
// carries a fresh request id, so a retry of the same tap never acts twice.
import type { RoleGrant } from '@domain'
import { newId } from './ids'
import { call } from './api'

type RevocableRole = Exclude<RoleGrant['role'], 'farmer' | 'district'>

export const listPeople = (villageId?: string) => call('people.list', villageId ? { villageId } : {})

export const revokeGrant = (userId: string, role: RevocableRole, orgId: string) =>
  call('people.revokeGrant', { requestId: newId('rq'), userId, role, orgId })

export const setDisabled = (userId: string, disabled: boolean) => call('people.setDisabled', { requestId: newId('rq'), userId, disabled })

export const unbindFarmer = (userId: string) => call('people.unbindFarmer', { requestId: newId('rq'), userId })
