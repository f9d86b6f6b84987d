// The in-app inbox (every message also lands here, so nothing is lost when a
// subscription consent has run out) and its unread count for the role bar.
import { useSyncExternalStore } from 'react'
import { call } from './api'

export const listInbox = (page: number, pageSize = 20) => call('inbox.list', { page, pageSize })

// ---- unread count, shared by the role bar and the inbox screen

let unread: number | null = null
const listeners = new Set<() => void>()

function setUnread(n: number | null): void {
  unread = n
  listeners.forEach((l) => l())
}

const subscribe = (l: () => void) => {
  listeners.add(l)
  return () => listeners.delete(l)
}
const getUnread = () => unread

/** The unread count last heard from the server; null until known. */
export function useUnread(): number | null {
  return useSyncExternalStore(subscribe, getUnread, getUnread)
}

/** Asks the server for the unread count (one row of the first page). */
export async function refreshUnread(): Promise<void> {
  const res = await listInbox(1, 1)
  if (res.ok) setUnread(res.data.unread)
}

/** Marks messages read (or all of them) and keeps the badge in step. */
export async function markRead(input: { ids: string[] } | { all: true }) {
  const res = await call('inbox.read', 'all' in input ? { all: true } : { ids: input.ids, all: false })
  if (res.ok) setUnread(res.data.unread)
  return res
}

/** The inbox screen reports what its first page said. */
export const noteUnread = (n: number) => setUnread(n)
