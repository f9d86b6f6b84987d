// A weather warning, issued by hand or read from QWeather, is stored once; when an alert
// rule matches its type and colour, an emergency patrol campaign starts and every
// inspector of the villages is told once, in the same transaction.
import { ALERT_COLOR_LABELS, AppError, eventNameOf, isKnownEvent, localDateTime, matchRule, type AlertColor, pageLink } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { AlertDoc } from '../../store/docs'
import { enqueue } from '../notify/enqueue'
import { peopleWith } from '../people'
import { streetScope } from '../street-scope'
import { rulesForStreet } from './street-rules'

export interface AlertInput {
  alertId: string
  source: AlertDoc['source']
  externalId: string | null
  streetId: string
  eventType: string
  /** The provider's name of the event; rules fall back to it when the code is not listed. */
  eventName?: string
  color: AlertColor
  villageIds: string[]
  startsAt: string
  endsAt: string
  text: string
  createdBy: string
  /** The alert this one updates (QWeather messageType "update"): its campaign carries on. */
  supersedes?: string | null
}

export const alertName = (event: { code: string; name: string }, color: AlertColor) => `${eventNameOf(event)}${ALERT_COLOR_LABELS[color]}预警`

export async function applyAlert(deps: Deps, input: AlertInput): Promise<AlertDoc> {
  // An alert and its campaign belong to one street and reach only that street's villages.
  const street = await streetScope(deps, input.streetId)
  if (input.villageIds.some((v) => !street.has(v))) throw new AppError('VALIDATION', '预警只能发给同一个街道的村（社区），请分街道发布')
  const alerts = deps.store.collection('alerts')
  const existing = await alerts.get(input.alertId)
  if (existing) return existing
  const now = deps.clock.now()
  const nowIso = now.toISOString()
  const rules = await rulesForStreet(deps, input.streetId)
  const event = { code: input.eventType, name: input.eventName ?? '' }
  const rule = matchRule(rules, event, input.color)
  if (!isKnownEvent(rules, event)) {
    // QWeather adds and renumbers types: an unknown one is kept and shown to the street.
    deps.log.info('weather warning of a type no rule knows', { street: input.streetId, code: event.code, name: event.name, color: input.color })
  }
  const previous = input.supersedes ? await alerts.get(input.supersedes) : null
  const name = alertName(event, input.color)
  const startsCampaign = rule !== null && !previous?.campaignId
  const campaignId = startsCampaign ? `cmp-${input.alertId}` : (previous?.campaignId ?? null)
  const dueAt = rule ? new Date(now.getTime() + rule.withinHours * 3600_000).toISOString() : nowIso
  const inspectors = startsCampaign ? (await Promise.all(input.villageIds.map((v) => peopleWith(deps, 'inspector', v)))).flat() : []
  const unique = [...new Map(inspectors.map((u) => [u._id, u])).values()]

  await deps.store.transaction(async (tx) => {
    if (await tx.collection('alerts').get(input.alertId)) return
    await tx.collection('alerts').insert({
      _id: input.alertId,
      source: input.source,
      externalId: input.externalId,
      streetId: input.streetId,
      eventType: input.eventType,
      eventName: event.name,
      ruleMatched: rule !== null,
      color: input.color,
      villageIds: input.villageIds,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      text: input.text,
      cancelled: false,
      supersededBy: null,
      campaignId,
      createdAt: nowIso,
      createdBy: input.createdBy,
    })
    if (previous) await tx.collection('alerts').update(previous._id, { supersededBy: input.alertId })
    if (!startsCampaign || !rule || !campaignId) return
    await tx.collection('campaigns').insert({
      _id: campaignId,
      alertId: input.alertId,
      title: `应急巡查：${name}`,
      alertName: name,
      alertColor: input.color,
      streetId: input.streetId,
      scope: rule.scope,
      dueAt,
      villageIds: [...input.villageIds].sort(),
      status: 'running',
      cursor: { village: 0, afterId: '' },
      tasksCreated: 0,
      inspectorsNotified: unique.length,
      leaseUntil: 0,
      createdAt: nowIso,
    })
    const scopeWords = rule.scope === 'all' ? '所有监测户' : 'B/C/D级及有隐患的房屋'
    for (const u of unique) {
      await enqueue(
        tx,
        {
          cause: `campaign:${campaignId}`,
          userId: u._id,
          kind: 'emergencyPatrol',
          title: `${name}：请在 ${rule.withinHours} 小时内应急巡查`,
          body: `${input.text}。请巡查本村${scopeWords}，做好防灾避险，发现危险立即组织撤离。`,
          page: pageLink('inspectorHome'),
          fields: { thing1: name, thing2: scopeWords, time3: localDateTime(new Date(dueAt)), thing4: '发现危险立即组织撤离' },
          // A red warning reaches the inspectors before the alert is answered.
          urgent: input.color === 'red',
        },
        nowIso,
      )
    }
  })
  return (await alerts.get(input.alertId))!
}
