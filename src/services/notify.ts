// Subscription consent (订阅消息): the templates, asking WeChat at a tap, and telling the
// server the answers.
import type { MessageKind } from '@domain'
import { call, type Output } from './api'
import { wxSubscribe } from './wx-subscribe'

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
