// The window the overdue view counts: the 12 months before today (Asia/Shanghai), and who
// answers for a village's or a street's work, with their names looked up once.
import dayjs from 'dayjs'
import type { Role } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { StreetScope } from '../street-scope'
import { peopleWith } from '../people'

export interface OverdueWindow {
  deps: Deps
  street: StreetScope
  villageIds: string[]
  today: string
  since: string
  /** The closed months of the window, oldest first (YYYY-MM). */
  months: string[]
  /** The active holders of a role at an org, as {id, name}. */
  holders(role: Role, orgId: string): Promise<Array<{ id: string; name: string }>>
  /** One person by id (named, or the id where the account is gone). */
  person(userId: string): Promise<{ id: string; name: string }>
}

export function overdueWindow(deps: Deps, street: StreetScope, villageIds: string[], today: string): OverdueWindow {
  const start = dayjs(today).subtract(12, 'month').startOf('month')
  const months: string[] = []
  for (let m = start; m.isBefore(dayjs(today).startOf('month')); m = m.add(1, 'month')) months.push(m.format('YYYY-MM'))
  const held = new Map<string, Promise<Array<{ id: string; name: string }>>>()
  const named = new Map<string, Promise<{ id: string; name: string }>>()
  return {
    deps,
    street,
    villageIds,
    today,
    since: start.format('YYYY-MM-DD'),
    months,
    holders(role, orgId) {
      const key = `${role}@${orgId}`
      if (!held.has(key)) held.set(key, peopleWith(deps, role, orgId).then((us) => us.map((u) => ({ id: u._id, name: u.name }))))
      return held.get(key)!
    },
    person(userId) {
      if (!named.has(userId)) named.set(userId, deps.store.collection('users').get(userId).then((u) => ({ id: userId, name: u?.name ?? userId })))
      return named.get(userId)!
    },
  }
}
