// The in-app inbox (every message also lands here, so nothing is lost when a
// subscription consent has run out), its unread count for the role bar, and asking for
// WeChat subscription consent at a tap.
import { useSyncExternalStore } from 'react'
import type { MessageKind } from '@domain'
import { call, type Output } from './api'
import { wxSubscribe } from './wx-subscribe'

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

// ---- subscription consent (订阅消息)

type Templates = Output<'notify.templates'>
let templates: Templates | null = null

/**
 * Fetches the template ids ahead of a tap. WeChat accepts requestSubscribeMessage only
 * inside the tap's own handling; a network round trip before it can lose the gesture, so
 * screens with a consent button warm this up when they open (it asks the user nothing).
 */
export async function preloadConsentTemplates(): Promise<void> {
  if (!wxSubscribe() || templates) return
  const res = await call('notify.templates', {})
  if (res.ok) templates = res.data
}

/**
 * Call from a tap only (never on load): asks WeChat for consent to the message kinds
 * this tap is about (at most 3 templates) and tells the server the answers (the server
 * knows which templates are long-term). Does nothing without WeChat, and never throws: a
 * refusal or a failure just means no message is sent by WeChat, while the inbox still
 * gets it.
 */
export async function askConsent(kinds: MessageKind[]): Promise<void> {
  const wx = wxSubscribe()
  if (!wx) return
  try {
    if (!templates) await preloadConsentTemplates()
    const tmplIds = (templates ?? []).filter((t) => kinds.includes(t.kind as MessageKind)).map((t) => t.templateId).slice(0, 3)
    if (tmplIds.length === 0) return
    await recordConsent(tmplIds, await wx.request(tmplIds))
  } catch {
    // Closed, refused or unsupported: the inbox still receives every message.
  }
}

/** Sends WeChat's answers for the templates asked about to the server. */
export async function recordConsent(tmplIds: string[], answer: Record<string, string>) {
  const results: Record<string, 'accept' | 'reject' | 'ban' | 'filter'> = {}
  for (const id of tmplIds) {
    const a = answer[id]
    if (a === 'accept' || a === 'reject' || a === 'ban' || a === 'filter') results[id] = a
  }
  if (Object.keys(results).length === 0) return null
  return call('notify.consent', { results })
}
