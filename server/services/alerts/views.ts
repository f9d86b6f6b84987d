// How alerts and their campaigns look to the people who follow them.
import { ALERT_COLOR_LABELS, eventNameOf, type AlertView, type CampaignView } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { AlertDoc, CampaignDoc } from '../../store/docs'

const QWEATHER_ATTRIBUTION = '预警信息来源：和风天气'

export function alertView(a: AlertDoc): AlertView {
  return {
    id: a._id,
    source: a.source,
    attribution: a.source === 'qweather' ? QWEATHER_ATTRIBUTION : null,
    eventType: a.eventType,
    eventName: eventNameOf({ code: a.eventType, name: a.eventName ?? '' }),
    // Stored before rules were recorded: a campaign then means a rule matched.
    ruleMatched: a.ruleMatched ?? a.campaignId !== null,
    color: a.color,
    colorLabel: ALERT_COLOR_LABELS[a.color],
    villageIds: a.villageIds,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    text: a.text,
    cancelled: a.cancelled,
    campaignId: a.campaignId,
  }
}

export async function campaignView(ctx: Ctx, c: CampaignDoc): Promise<CampaignView> {
  const tasks = ctx.deps.store.collection('tasks')
  return {
    id: c._id,
    alertId: c.alertId,
    scope: c.scope,
    dueAt: c.dueAt,
    status: c.status,
    villages: c.villageIds.length,
    villagesDone: Math.min(c.cursor.village, c.villageIds.length),
    tasksCreated: c.status === 'done' ? c.tasksCreated : await tasks.count({ campaignId: c._id }),
    tasksDone: await tasks.count({ campaignId: c._id, status: 'done' }),
    inspectorsNotified: c.inspectorsNotified,
  }
}


/** Alerts over the caller's villages, newest first; active only: not ended, cancelled or replaced. */
export async function activeAlerts(ctx: Ctx, activeOnly: boolean): Promise<AlertDoc[]> {
  const streets = await Promise.all([...ctx.scope.villageIds].map((v) => ctx.deps.orgs.streetOf(v)))
  const streetIds = [...new Set(streets.flatMap((s) => (s ? [s._id] : [])))]
  const nowIso = ctx.now().toISOString()
  const docs = await ctx.deps.store.collection('alerts').find({
    where: { streetId: { $in: streetIds }, ...(activeOnly ? { endsAt: { $gte: nowIso } } : {}) },
    orderBy: [['streetId', 'asc'], ['endsAt', 'desc']],
    limit: 50,
  })
  return docs.filter((a) => (!activeOnly || (!a.cancelled && !a.supersededBy)) && a.villageIds.some((v) => ctx.scope.villageIds.has(v)))
}
