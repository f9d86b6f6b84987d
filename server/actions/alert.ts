// Weather warnings: staff issue one by hand (or the tick pulls them), and the street lists them.
import { AppError } from '../../domain'
import { idTaken, ownReplay } from '../core/replay'
import { handlers } from '../core/handler'
import { applyAlert } from '../services/alerts/apply-alert'
import { activeAlerts, alertView } from '../services/alerts/views'
import { audit } from '../services/audit'

export const alertHandlers = handlers({
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
})
