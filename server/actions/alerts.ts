import { AppError, MESSAGE_KINDS, TEMPLATE_DEFS, localDate, type MessageKind } from '../../domain'
import { idTaken, ownReplay } from '../core/replay'
import { handlers } from '../core/handler'
import { applyAlert } from '../services/alerts/apply-alert'
import { activeAlerts, alertView, campaignView } from '../services/alerts/views'
import { stepCampaign } from '../services/alerts/campaigns'
import { audit } from '../services/audit'
import { disasterDue, disasterView, reportDamage } from '../services/disasters/disaster-reports'
import { listDisasters } from '../services/disasters/disaster-list'
import { consentId } from '../services/notify/dispatch-outbox'
import { pushStates } from '../services/notify/notify-status'
import type { AlertDoc, CampaignDoc, ConsentDoc, DisasterEventDoc, InboxDoc } from '../store/docs'

export const alertHandlers = handlers({
  'inbox.list': async (ctx, input) => {
    const col = ctx.deps.store.collection('inbox')
    const [total, unread, docs] = await Promise.all([
      col.count({ userId: ctx.user._id }),
      col.count({ userId: ctx.user._id, readAt: null }),
      col.find({ where: { userId: ctx.user._id }, orderBy: [['userId', 'asc'], ['createdAt', 'desc']], skip: (input.page - 1) * input.pageSize, limit: input.pageSize }),
    ])
    const push = await pushStates(ctx.deps, docs.map((d) => d._id))
    return { total, unread, page: input.page, pageSize: input.pageSize, items: docs.map((d) => ({ id: d._id, kind: d.kind, title: d.title, body: d.body, page: d.page, createdAt: d.createdAt, read: d.readAt !== null, push: push.get(d._id)! })) }
  },

  'inbox.read': async (ctx, input) => {
    const col = ctx.deps.store.collection('inbox')
    const nowIso = ctx.now().toISOString()
    const targets = input.all ? await col.find({ where: { userId: ctx.user._id, readAt: null }, limit: 1000 }) : await col.getMany(input.ids ?? [])
    for (const d of targets) if (d.userId === ctx.user._id && !d.readAt) await col.update(d._id, { readAt: nowIso })
    return { unread: await col.count({ userId: ctx.user._id, readAt: null }) }
  },

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

  'alert.issue': async (ctx, input) => {
    const { deps } = ctx
    for (const v of input.villageIds) ctx.requireVillage(v)
    if (input.endsAt <= input.startsAt) throw new AppError('VALIDATION', '结束时间要晚于开始时间')
    // The alert belongs to the street of its villages, where the caller is staff.
    const streetId = await deps.orgs.commonStreet(input.villageIds)
    if (!streetId) throw new AppError('VALIDATION', '预警只能发给同一个街道的村（社区），请分街道发布')
    const stored = await deps.store.collection('alerts').get(input.alertId)
    if (stored) return alertView(ownReplay(stored, (a) => a.createdBy === ctx.user._id))
    const alert = await applyAlert(deps, { ...input, source: 'manual', externalId: null, streetId, createdBy: ctx.user._id })
    if (alert.createdBy !== ctx.user._id) throw idTaken()
    await audit(deps, ctx.user._id, 'alert.issue', alert._id, { eventType: input.eventType, color: input.color, villages: input.villageIds.length })
    return alertView(alert)
  },

  'alert.list': async (ctx, input) => (await activeAlerts(ctx, input.activeOnly)).map(alertView),

  'campaign.step': async (ctx, input) => {
    const c = await ctx.deps.store.collection('campaigns').get(input.campaignId)
    if (!c || !ctx.streetsWith(['staff']).includes(c.streetId)) throw new AppError('NOT_FOUND', '没有找到这次应急巡查')
    return campaignView(ctx, await stepCampaign(ctx.deps, c, Date.now() + ctx.deps.config.chunkBudgetMs))
  },

  'campaign.get': async (ctx, input) => {
    const c = await ctx.deps.store.collection('campaigns').get(input.campaignId)
    if (!c || !c.villageIds.some((v) => ctx.scope.villageIds.has(v))) throw new AppError('NOT_FOUND', '没有找到这次应急巡查')
    return campaignView(ctx, c)
  },

  'disaster.declare': async (ctx, input) => {
    const { deps } = ctx
    for (const v of input.villageIds) ctx.requireVillage(v)
    const streetId = await deps.orgs.commonStreet(input.villageIds)
    if (!streetId) throw new AppError('VALIDATION', '灾情只能登记同一个街道的村（社区），请分街道登记')
    const col = deps.store.collection('disasterEvents')
    const occurred = new Date(input.occurredAt)
    if (occurred.getTime() > ctx.now().getTime() + 5 * 60_000) throw new AppError('VALIDATION', '发生时间不能晚于现在')
    const existing = await col.get(input.eventId)
    if (existing) ownReplay(existing, (e) => e.createdBy === ctx.user._id)
    else {
      await col.insert({
        _id: input.eventId,
        streetId,
        kind: input.kind,
        occurredAt: occurred.toISOString(),
        dueDate: disasterDue(deps, occurred),
        description: input.description,
        villageIds: [...new Set(input.villageIds)],
        villagesDone: {},
        createdBy: ctx.user._id,
        createdAt: ctx.now().toISOString(),
      })
      await audit(deps, ctx.user._id, 'disaster.declare', input.eventId, { kind: input.kind, villages: input.villageIds.length })
    }
    return disasterView(deps, (await col.get(input.eventId))!, localDate(ctx.now()), ctx.scope.villageIds)
  },

  'disaster.report': async (ctx, input) => disasterView(ctx.deps, await reportDamage(ctx, input), localDate(ctx.now()), ctx.scope.villageIds),

  'disaster.villageDone': async (ctx, input) => {
    ctx.requireVillage(input.villageId)
    const col = ctx.deps.store.collection('disasterEvents')
    const e = await col.get(input.eventId)
    if (!e || !e.villageIds.includes(input.villageId)) throw new AppError('NOT_FOUND', '没有找到这次灾情')
    if (!e.villagesDone[input.villageId]) {
      await col.update(e._id, { villagesDone: { ...e.villagesDone, [input.villageId]: ctx.now().toISOString() } })
      await audit(ctx.deps, ctx.user._id, 'disaster.villageDone', e._id, { villageId: input.villageId, note: input.note })
    }
    return disasterView(ctx.deps, (await col.get(e._id))!, localDate(ctx.now()), ctx.scope.villageIds)
  },

  'disaster.list': async (ctx, input) => listDisasters(ctx, input),

  'disaster.get': async (ctx, input) => {
    const e = await ctx.deps.store.collection('disasterEvents').get(input.eventId)
    if (!e || !e.villageIds.some((v) => ctx.scope.villageIds.has(v))) throw new AppError('NOT_FOUND', '没有找到这次灾情')
    return disasterView(ctx.deps, e, localDate(ctx.now()), ctx.scope.villageIds)
  },
})

