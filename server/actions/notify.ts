// Subscription messages: which kinds the caller can get, his consents, and the templates as configured.
import { handlers } from '../core/handler'
import { notifyStatus } from '../services/notify/notify-status'
import { MESSAGE_KINDS, TEMPLATE_DEFS, type MessageKind } from '../../domain'
import { consentId } from '../services/notify/dispatch-outbox'

export const notifyHandlers = handlers({
  'notify.status': async (ctx) => ({ kinds: await notifyStatus(ctx) }),

  'notify.templates': async (ctx) =>
    MESSAGE_KINDS.flatMap((kind) => {
      const templateId = ctx.deps.config.templateIds[kind]
      return templateId ? [{ kind, templateId, title: TEMPLATE_DEFS[kind].title }] : []
    }),

  'notify.consent': async (ctx, input) => {
    const { deps } = ctx
    const byTemplate = new Map(Object.entries(deps.config.templateIds).map(([k, t]) => [t, k as MessageKind]))
    const col = deps.store.collection('consents')
    let recorded = 0
    for (const [templateId, answer] of Object.entries(input.results)) {
      const kind = byTemplate.get(templateId)
      if (!kind) continue
      const id = consentId(ctx.user._id, kind)
      const current = await col.get(id)
      // A one-time "accept" allows exactly one more message; a refusal clears what was left.
      // Whether the consent is long-term is the template's, by configuration: the
      // client's longTerm (sent by older app versions) is not trusted.
      const remaining = answer === 'accept' ? (current?.remaining ?? 0) + 1 : 0
      const longTerm = answer === 'accept' && deps.config.longTermKinds.includes(kind)
      await col.set({ _id: id, userId: ctx.user._id, kind, remaining, longTerm, updatedAt: ctx.now().toISOString(), stoppedAt: null })
      recorded++
    }
    return { recorded }
  },
})
