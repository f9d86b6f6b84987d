// The street's view and edit of its alert rules. Staff add a rule the day QWeather sends a
// warning type the deployed configuration does not know; leaders may read them.
import type { AlertRulesView } from '../../domain'
import { streetOfCaller, type Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { audit } from '../services/audit'
import { streetRules } from '../services/alerts/street-rules'

/** How far back unmatched warning types are listed. */
const UNMATCHED_WINDOW = 200

async function rulesView(ctx: Ctx, streetId: string): Promise<AlertRulesView> {
  const { deps } = ctx
  const doc = await deps.store.collection('alertRules').get(streetId)
  const recent = await deps.store.collection('alerts').find({ where: { streetId, ruleMatched: false }, orderBy: [['createdAt', 'desc']], limit: UNMATCHED_WINDOW })
  const own = doc?.rules ?? []
  const byType = new Map<string, AlertRulesView['unmatched'][number]>()
  for (const a of recent) {
    const key = `${a.eventType}|${a.eventName ?? ''}`
    const seen = byType.get(key)
    if (seen) seen.times++
    else byType.set(key, { code: a.eventType, name: a.eventName ?? '', times: 1, lastAt: a.createdAt })
  }
  // A type the street has since written a rule for is no longer unmatched.
  const covered = (t: { code: string; name: string }) => own.some((r) => r.eventTypes.includes(t.code) || (!!t.name && (r.eventNames ?? []).includes(t.name)))
  const updater = doc ? await deps.store.collection('users').get(doc.updatedBy) : null
  return {
    configured: deps.config.alertRules,
    own,
    unmatched: [...byType.values()].filter((t) => !covered(t)),
    updatedAt: doc?.updatedAt ?? null,
    updatedBy: updater?.name ?? null,
  }
}

export const alertRuleHandlers = handlers({
  'alertRule.list': async (ctx) => rulesView(ctx, streetOfCaller(ctx)),

  'alertRule.save': async (ctx, input) => {
    const { deps } = ctx
    const streetId = streetOfCaller(ctx)
    const before = await streetRules(deps, streetId)
    if (JSON.stringify(before) !== JSON.stringify(input.rules)) {
      await deps.store.collection('alertRules').set({ _id: streetId, rules: input.rules, updatedAt: ctx.now().toISOString(), updatedBy: ctx.user._id })
      await audit(deps, ctx.user._id, 'alertRule.save', streetId, { before, after: input.rules })
    }
    return rulesView(ctx, streetId)
  },
})
