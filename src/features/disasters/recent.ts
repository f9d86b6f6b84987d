// The disasters this user declared or opened on this phone, newest first. The backend
// has no list of disaster events yet, so this is how a user finds one again.
import type { DisasterEventView } from '@domain'
import { session } from '../../services/session'
import { readString, writeString } from '../../services/storage'

export interface RecentDisaster {
  id: string
  kindLabel: string
  occurredAt: string
  dueDate: string
  villages: number
}

const MAX = 10
const keyFor = (userId: string) => `anju.recentDisasters.${userId}`

export function recentDisasters(): RecentDisaster[] {
  const me = session.get().me
  if (!me) return []
  try {
    const list: unknown = JSON.parse(readString(keyFor(me.userId)) ?? '[]')
    return Array.isArray(list) ? (list as RecentDisaster[]) : []
  } catch {
    return []
  }
}

export function rememberDisaster(e: DisasterEventView): void {
  const me = session.get().me
  if (!me) return
  const item: RecentDisaster = { id: e.id, kindLabel: e.kindLabel, occurredAt: e.occurredAt, dueDate: e.dueDate, villages: e.villages.length }
  const next = [item, ...recentDisasters().filter((r) => r.id !== e.id)].slice(0, MAX)
  writeString(keyFor(me.userId), JSON.stringify(next))
}
