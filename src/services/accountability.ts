// 问责: the overdue view of the street, and the street's audit log.
import { call, type Input } from './api'

export const overdueSummary = () => call('overdue.summary', {})

export type AuditQuery = Input<'audit.list'>

export const listAudit = (query: AuditQuery) => call('audit.list', query)
