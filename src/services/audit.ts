// The street's audit log (操作记录), filtered by person, action and date.
import { call, type Input } from './api'

export type AuditQuery = Input<'audit.list'>

export const listAudit = (query: AuditQuery) => call('audit.list', query)
