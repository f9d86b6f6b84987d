// What the caller can get by WeChat push, kind by kind, from configuration and his
// consents; and whether each inbox message was pushed, from its outbox twin (same id).
import { MESSAGE_KINDS, ROLE_IMPORTANT_KINDS, MESSAGE_KIND_TEXT, TEMPLATE_DEFECT_TEXT, kindsForRoles, type NotifyKindStatus, type PushState, type TemplateStatus } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { Deps } from '../../core/deps'
import type { OutboxDoc } from '../../store/docs'
import { consentId } from './dispatch-outbox'

export async function notifyStatus(ctx: Ctx): Promise<NotifyKindStatus[]> {
  const { config } = ctx.deps
  const roles = ctx.user.grants.map((g) => g.role)
  const kinds = kindsForRoles(roles)
  const consents = await ctx.deps.store.collection('consents').getMany(kinds.map((k) => consentId(ctx.user._id, k)))
  const byKind = new Map(consents.map((c) => [c.kind, c]))
  return kinds.map((kind) => {
    const c = byKind.get(kind)
    return {
      kind,
      ...MESSAGE_KIND_TEXT[kind],
      important: roles.some((r) => ROLE_IMPORTANT_KINDS[r].includes(kind)),
      templateId: config.templateIds[kind] ?? null,
      longTerm: config.longTermKinds.includes(kind),
      remaining: c && !c.longTerm ? c.remaining : 0,
      subscribedLongTerm: c?.longTerm ?? false,
      stopped: Boolean(c?.stoppedAt),
    }
  })
}

/** Every kind's template as configured, and a defect WeChat reported for it. */
export async function templateStatus(deps: Deps): Promise<TemplateStatus[]> {
  const ids = MESSAGE_KINDS.map((k) => deps.config.templateIds[k]).filter((id): id is string => Boolean(id))
  const defects = new Map((await deps.store.collection('templateDefects').getMany(ids)).map((d) => [d._id, d]))
  return MESSAGE_KINDS.map((kind) => {
    const templateId = deps.config.templateIds[kind] ?? null
    const d = templateId ? defects.get(templateId) : undefined
    return {
      kind,
      name: MESSAGE_KIND_TEXT[kind].name,
      templateId,
      longTerm: deps.config.longTermKinds.includes(kind),
      defect: d ? { errCode: d.errCode, text: TEMPLATE_DEFECT_TEXT[d.errCode] ?? `微信拒收，错误码 ${d.errCode}`, at: d.at } : null,
    }
  })
}

export function pushStateOf(o: OutboxDoc | undefined): PushState {
  if (!o || o.status === 'pending' || o.status === 'sending') return 'pending'
  if (o.status === 'sent') return 'sent'
  if (o.lastError === 'NO_CONSENT') return 'noConsent'
  if (o.lastError === 'NO_TEMPLATE') return 'notConfigured'
  if (o.lastError === 'NO_OPENID') return 'notBound'
  if (o.lastError?.startsWith('WX_')) return 'refused'
  return 'failed'
}

/** The push state of each inbox message, by id. */
export async function pushStates(deps: Deps, ids: string[]): Promise<Map<string, PushState>> {
  const outbox = await deps.store.collection('outbox').getMany(ids)
  const byId = new Map(outbox.map((o) => [o._id, o]))
  return new Map(ids.map((id) => [id, pushStateOf(byId.get(id))]))
}

