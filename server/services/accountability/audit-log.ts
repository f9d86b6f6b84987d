// The audit log as street staff read it: entries made by the people of their street (those
// holding a grant at the street or one of its villages), newest first, a page at a time.
import { AUDIT_ACTION_LABELS, type AuditEntryView, type Page, type Role } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { AuditDoc } from '../../store/docs'
import type { Where } from '../../ports/store'
import type { StreetScope } from '../street-scope'
import { peopleWith } from '../people'

const STREET_ROLES: Role[] = ['staff', 'leader', 'appraiser']
const VILLAGE_ROLES: Role[] = ['inspector', 'farmer']

export async function streetPeople(deps: Deps, street: StreetScope): Promise<Array<{ id: string; name: string }>> {
  const found = new Map<string, string>()
  const asks = [...STREET_ROLES.map((r) => [r, street.streetId] as const), ...[...street.villageIds].flatMap((v) => VILLAGE_ROLES.map((r) => [r, v] as const))]
  for (const [role, org] of asks) for (const u of await peopleWith(deps, role, org)) found.set(u._id, u.name)
  return [...found].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh'))
}

const detailText = (d: Record<string, unknown>): string =>
  Object.entries(d)
    .filter(([k, v]) => !/hash/i.test(k) && v !== null && v !== undefined && v !== '' && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('，')
    .slice(0, 200)

export interface AuditQuery {
  actorId?: string
  action?: string
  from?: string
  to?: string
  page: number
  pageSize: number
}

export async function readAudit(deps: Deps, people: Array<{ id: string; name: string }>, q: AuditQuery): Promise<Page<AuditEntryView>> {
  const names = new Map(people.map((p) => [p.id, p.name]))
  const actors = q.actorId ? (names.has(q.actorId) ? [q.actorId] : []) : [...names.keys()]
  if (actors.length === 0) return { items: [], total: 0, page: q.page, pageSize: q.pageSize }
  const where: Where<AuditDoc> = { actorId: actors.length === 1 ? actors[0]! : { $in: actors } }
  if (q.action) where.action = q.action
  // Dates are local (Asia/Shanghai) days, inclusive at both ends.
  const range: { $gte?: string; $lt?: string } = {}
  if (q.from) range.$gte = new Date(`${q.from}T00:00:00+08:00`).toISOString()
  if (q.to) range.$lt = new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86400_000).toISOString()
  if (q.from || q.to) where.at = range
  const col = deps.store.collection('audit')
  const [total, docs] = await Promise.all([col.count(where), col.find({ where, orderBy: [['at', 'desc']], skip: (q.page - 1) * q.pageSize, limit: q.pageSize })])
  return {
    items: docs.map((d) => ({
      id: d._id,
      at: d.at,
      actorId: d.actorId,
      actorName: names.get(d.actorId) ?? d.actorId,
      action: d.action,
      actionLabel: AUDIT_ACTION_LABELS[d.action] ?? (d.action.startsWith('case.') ? '办理隐患案件' : d.action),
      subjectId: d.subjectId,
      detail: detailText(d.detail),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  }
}
