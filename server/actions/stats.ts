// Village figures: grade counts, and the monthly patrol statistics an inspector submits (frozen, versioned).
import { AppError, localDate, type MonthlyStatsView, type VillageCounts } from '../../domain'
import type { Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { audit } from '../services/audit'
import { storedFigures } from '../services/counters/stored-figures'
import { monthlyFigures, statsDeadline } from '../services/patrols/monthly-stats'

async function statsView(ctx: Ctx, villageId: string, month: string): Promise<MonthlyStatsView> {
  const { deps } = ctx
  const versions = await deps.store.collection('monthlyStats').find({
    where: { villageId, month },
    orderBy: [['villageId', 'asc'], ['month', 'asc'], ['version', 'desc']],
    limit: 50,
  })
  const latest = versions[0]
  return {
    villageId,
    villageName: (await deps.orgs.get(villageId))?.name ?? '',
    month,
    live: await monthlyFigures(deps, villageId, month),
    submitted: latest
      ? { version: latest.version, figures: latest.figures, submittedAt: latest.submittedAt, submittedBy: latest.submittedBy, late: latest.late, note: latest.note }
      : null,
    versions: versions.length,
    deadline: statsDeadline(month, deps.config.monthlyStatsDueDay),
  }
}

export const statsHandlers = handlers({
  'stats.monthly': async (ctx, input) => {
    ctx.requireVillage(input.villageId)
    return statsView(ctx, input.villageId, input.month)
  },

  'stats.monthlySubmit': async (ctx, input) => {
    const { deps } = ctx
    ctx.requireVillage(input.villageId)
    const now = ctx.now()
    const today = localDate(now)
    if (`${input.month}-01` > today) throw new AppError('VALIDATION', '这个月还没开始，不能提交')
    const col = deps.store.collection('monthlyStats')
    const [latest] = await col.find({ where: { villageId: input.villageId, month: input.month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['version', 'desc']], limit: 1 })
    // A replay of the same submission changes nothing.
    if (latest?.submissionId === input.submissionId) return statsView(ctx, input.villageId, input.month)
    const version = (latest?.version ?? 0) + 1
    const figures = await monthlyFigures(deps, input.villageId, input.month)
    try {
      await col.insert({
        _id: `ms-${input.villageId}-${input.month}-v${version}`,
        submissionId: input.submissionId,
        villageId: input.villageId,
        month: input.month,
        version,
        figures,
        submittedAt: now.toISOString(),
        submittedBy: ctx.user._id,
        late: today > statsDeadline(input.month, deps.config.monthlyStatsDueDay),
        note: input.note,
      })
    } catch (err) {
      if (err instanceof AppError && err.code === 'CONFLICT') throw new AppError('CONFLICT', '刚才有人提交了这个月的统计，请刷新后再看')
      throw err
    }
    await audit(deps, ctx.user._id, 'stats.monthlySubmit', `${input.villageId}:${input.month}`, { version })
    return statsView(ctx, input.villageId, input.month)
  },

  'stats.villageCounts': async (ctx) => {
    const { deps, scope } = ctx
    // The dashboard's own counters: the same houses (live, of monitored households) and the
    // same O(villages) cost, so the overview never disagrees with the dashboard.
    const figures = await storedFigures(deps, [...scope.villageIds])
    const out: VillageCounts[] = []
    for (const [villageId, f] of figures) {
      out.push({
        villageId,
        villageName: (await deps.orgs.get(villageId))?.name ?? '',
        households: f.households,
        houses: f.houses,
        byGrade: f.byGrade,
        occupiedDangerous: f.occupiedDangerous,
      })
    }
    return out.sort((a, b) => b.occupiedDangerous - a.occupiedDangerous || a.villageName.localeCompare(b.villageName, 'zh'))
  },
})
