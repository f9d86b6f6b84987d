// Subscription message status: what the caller can get and whether WeChat will push it,
// and (for street staff) whether the configured templates work.
import { z } from 'zod'
import type { MessageKind } from '../notifications'
import { contract } from './define'

export interface NotifyKindStatus {
  kind: MessageKind
  /** The kind in plain words, and when it comes. */
  name: string
  when: string
  /** Worth a quiet line on the home page when not subscribed. */
  important: boolean
  /** Null when no template is configured: the message reaches the inbox only. */
  templateId: string | null
  /** A long-term template (政务民生): one consent for every later message. */
  longTerm: boolean
  /** One-time consents the server has left for this kind (each allows one message). */
  remaining: number
  /** Subscribed to the long-term template. */
  subscribedLongTerm: boolean
  /** WeChat answered 43101 (refused or used up): stopped until he consents again. */
  stopped: boolean
}

export const notifyContracts = {
  'notify.status': contract<{ kinds: NotifyKindStatus[] }>()({
    input: z.strictObject({}),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader', 'district'],
    writes: false,
    example: {},
  }),
  'notify.templates': contract<Array<{ kind: string; templateId: string; title: string }>>()({
    input: z.strictObject({}),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader', 'district'],
    writes: false,
    example: {},
  }),
  'notify.consent': contract<{ recorded: number }>()({
    input: z.strictObject({
      /** wx.requestSubscribeMessage's answer, per template id: accept / reject / ban. */
      results: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), z.enum(['accept', 'reject', 'ban', 'filter'])),
      /** Ignored: the server decides from the template's configuration (older app versions still send it). */
      longTerm: z.boolean().optional(),
    }),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader', 'district'],
    writes: true,
    example: { results: { 'tmpl-example': 'accept' } },
  }),
}
