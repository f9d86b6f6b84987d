// The overdue view of one street: every missed deadline of the last 12 months as an item,
// tallied per village and per person, so each figure opens exactly the items it counts.
import { OVERDUE_KINDS, type OverdueCounts, type OverdueItem, type OverdueTally, type OverdueView } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { StreetScope } from '../street-scope'
import { caseItems } from './case-items'
import { disasterItems } from './disaster-items'
import { reportItems } from './report-items'
import { villageItems } from './village-items'
import { overdueWindow } from './window'

const zero = (): OverdueCounts => Object.fromEntries(OVERDUE_KINDS.map((k) => [k, 0])) as OverdueCounts
const emptyTally = (): OverdueTally => ({ now: zero(), late: zero() })

function add(t: OverdueTally, item: OverdueItem): void {
  t.late[item.kind]++
  if (item.overdueNow) t.now[item.kind]++
}

export async function overdueView(deps: Deps, street: StreetScope, villageIds: string[], today: string): Promise<OverdueView> {
  const w = overdueWindow(deps, street, villageIds, today)
  const items: OverdueItem[] = []
  for (const v of villageIds) items.push(...(await villageItems(w, v)), ...(await caseItems(w, v)))
  items.push(...(await disasterItems(w)), ...(await reportItems(w)))
  items.sort((a, b) => Number(b.overdueNow) - Number(a.overdueNow) || a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id))
  // The street's own row first (its quarterly reports), then its villages.
  const villages = new Map([street.streetId, ...villageIds].map((v) => [v, { villageId: v, villageName: v === street.streetId ? street.streetName : street.nameOf(v), ...emptyTally() }]))
  const people = new Map<string, OverdueTally & { userId: string; name: string }>()
  for (const item of items) {
    add(villages.get(item.villageId)!, item)
    for (const p of item.people) {
      if (!people.has(p.id)) people.set(p.id, { userId: p.id, name: p.name, ...emptyTally() })
      add(people.get(p.id)!, item)
    }
  }
  const total = (t: OverdueTally) => OVERDUE_KINDS.reduce((n, k) => n + t.now[k] * 1000 + t.late[k], 0)
  return {
    since: w.since,
    today,
    streetId: street.streetId,
    villages: [...villages.values()].sort((a, b) => Number(b.villageId === street.streetId) - Number(a.villageId === street.streetId) || total(b) - total(a)),
    people: [...people.values()].sort((a, b) => total(b) - total(a)),
    items,
  }
}
